package vn.tdkt.meeting.domain;

/**
 * The emulation movement of a collective in one year: its members and how many of them became "Lao động tiên tiến"
 * and "Chiến sĩ thi đua cơ sở".
 */
public record MemberTitles(int year, int members, int advancedWorkers, int emulationFighters) {
}
