package vn.tdkt.regime.domain;

import java.time.LocalDate;

/** Which days are working days of cán bộ, công chức (the dossier feature's official calendar implements it). */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    /** Monday to Friday, no holidays known. */
    WorkingDays WEEKDAYS = d -> d.getDayOfWeek().getValue() <= 5;
}
