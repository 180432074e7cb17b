package vn.tdkt.catalog.domain;

import java.math.BigDecimal;

/** A computed bonus with everything needed to explain it. */
public record Bonus(long amount, BigDecimal coefficient, long baseSalary, String coefficientRef, String salaryRef) {
}
