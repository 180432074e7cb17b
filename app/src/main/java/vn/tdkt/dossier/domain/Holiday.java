package vn.tdkt.dossier.domain;

import java.time.LocalDate;

/**
 * A day of the official calendar that differs from the Monday–Friday rule: a weekday off (nghỉ lễ, Tết, nghỉ bù,
 * hoán đổi) or a Saturday worked in exchange (làm bù, workday = true).
 */
public record Holiday(LocalDate date, boolean workday, String name, String legalRef) {
}
