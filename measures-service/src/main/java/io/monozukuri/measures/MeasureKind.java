package io.monozukuri.measures;

/** The level of the numbered heading a measure comes from. */
public enum MeasureKind {
    SUBSECTION,
    ITEM,
    SUBITEM
}
