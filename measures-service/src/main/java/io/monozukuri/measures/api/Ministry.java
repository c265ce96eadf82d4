package io.monozukuri.measures.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ministry of the registry, with every short form printed for it and how many measures name it. */
@Schema(name = "Ministry")
public record Ministry(
        @Schema(required = true, example = "METI") String code,
        @Schema(required = true, example = "経済産業省") String name,
        @Schema(nullable = true, example = "Ministry of Economy, Trade and Industry") String nameEn,
        @Schema(required = true, example = "[\"経産省\"]") List<String> shortNames,
        @Schema(required = true, example = "151") long measureCount) {}
