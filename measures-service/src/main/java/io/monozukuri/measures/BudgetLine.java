package io.monozukuri.measures;

import io.monozukuri.contracts.BudgetType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One amount of a budget clause. */
@Embeddable
public class BudgetLine {

    @Column(name = "amount_yen")
    public Long amountYen;

    public String label;

    @Enumerated(EnumType.STRING)
    public BudgetType type;

    public boolean approximate;

    @Column(name = "part_of")
    public boolean partOf;

    public BudgetLine() {}

    public BudgetLine(Long amountYen, String label, BudgetType type, boolean approximate, boolean partOf) {
        this.amountYen = amountYen;
        this.label = label;
        this.type = type;
        this.approximate = approximate;
        this.partOf = partOf;
    }
}
