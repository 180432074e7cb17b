package vn.tdkt.exemplary.domain;

/**
 * A model in a delegate selection: its recognitions in the period and whether NĐ 152/2025 Điều 4's preference applies
 * (a woman; a collective with at least 70 % women).
 */
public record Candidate(long modelId, String code, String name, int recognitions, boolean woman, boolean womenCollective) {

    public boolean preferred() {
        return woman || womenCollective;
    }
}
