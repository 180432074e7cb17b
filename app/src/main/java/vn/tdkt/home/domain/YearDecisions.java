package vn.tdkt.home.domain;

/** The decisions card of the start screen: decisions of the year, their recipients (revoked lines left out), the money. */
public record YearDecisions(int year, int decisions, int recipients, long money) {
}
