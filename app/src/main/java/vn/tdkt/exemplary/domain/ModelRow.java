package vn.tdkt.exemplary.domain;

/**
 * A model as the list and the documents show it: with the codes and names of its movement, proposing unit and
 * person or unit, its gender (the person's when it is one of the database) and the women's share of its unit.
 *
 * @param woman        a person model who is a woman
 * @param womenMembers the women among the active people of the model's unit (0 when it has none)
 * @param members      the active people of the model's unit (0 when it has none)
 */
public record ModelRow(ExemplaryModel model, String movementCode, String movementName, String proposerCode,
                       String proposerName, String personCode, String unitCode, String unitName, boolean woman,
                       int womenMembers, int members) {
}
