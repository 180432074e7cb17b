package vn.tdkt.home.domain;

/** Awards won by a unit (the collective and its people) in a year: one bar of the chart. */
public record UnitYearCount(String unitName, int year, int count) {
}
