package io.monozukuri.commons.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a CSV export of one record type, header and cell together so that they cannot drift apart. A cell
 * function may answer null (written as an empty cell); {@link #path} reads nested records that may be null.
 *
 * <pre>{@code
 * static final CsvColumns<Edition> COLUMNS = CsvColumns.<Edition>builder()
 *         .add("id", Edition::id)
 *         .add("callFrom", CsvColumns.path(Edition::callPeriod, CallPeriod::from))
 *         .build();
 * }</pre>
 */
public final class CsvColumns<T> {

    private final List<String> header;
    private final List<Function<? super T, ?>> cells;

    private CsvColumns(List<String> header, List<Function<? super T, ?>> cells) {
        this.header = List.copyOf(header);
        this.cells = List.copyOf(cells);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<String> header() {
        return header;
    }

    /** The cells of one record, in header order; nulls stay null. */
    public List<Object> row(T item) {
        List<Object> row = new ArrayList<>(cells.size());
        for (Function<? super T, ?> cell : cells) {
            row.add(cell.apply(item));
        }
        return row;
    }

    /** Writes the header row. */
    public void writeHeader(CsvWriter csv) {
        csv.row(header);
    }

    /** Writes one record. */
    public void write(CsvWriter csv, T item) {
        csv.row(row(item));
    }

    /** {@code second(first(x))}, or null when {@code first(x)} is null. */
    public static <T, A> Function<T, Object> path(Function<T, A> first, Function<? super A, ?> second) {
        return item -> {
            A value = first.apply(item);
            return value == null ? null : second.apply(value);
        };
    }

    /** {@code third(second(first(x)))}, or null as soon as one step is null. */
    public static <T, A, B> Function<T, Object> path(
            Function<T, A> first, Function<? super A, B> second, Function<? super B, ?> third) {
        return item -> {
            A a = first.apply(item);
            B b = a == null ? null : second.apply(a);
            return b == null ? null : third.apply(b);
        };
    }

    /** The values of a collection joined with a separator (each with {@code toString()}), or null for null. */
    public static String join(Collection<?> values, String separator) {
        return values == null
                ? null
                : values.stream().map(v -> Objects.toString(v, "")).collect(Collectors.joining(separator));
    }

    public static final class Builder<T> {
        private final List<String> header = new ArrayList<>();
        private final List<Function<? super T, ?>> cells = new ArrayList<>();

        private Builder() {}

        public Builder<T> add(String name, Function<? super T, ?> cell) {
            if (header.contains(name)) {
                throw new IllegalArgumentException("column " + name + " twice");
            }
            header.add(name);
            cells.add(cell);
            return this;
        }

        public CsvColumns<T> build() {
            return new CsvColumns<>(header, cells);
        }
    }
}
