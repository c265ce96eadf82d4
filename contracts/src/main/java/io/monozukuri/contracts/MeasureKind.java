package io.monozukuri.contracts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The level of the numbered heading a measure comes from. */
@Schema(name = "MeasureKind", description = "The level of the numbered heading: subsection, item (（1）) or sub-item (①)")
public enum MeasureKind {
    SUBSECTION,
    ITEM,
    SUBITEM
}
