package vn.tdkt.decision.domain;

import java.util.List;

/**
 * The particulars a decision of a deciding level starts with, remembered for the office when a decision of that level
 * is issued (issuing body, place, authority, signer, executors, nơi nhận).
 */
public record HeaderDefault(String decidingLevel, String issuerParent, String issuer, String place, String authority,
                            List<String> signerTitle, String signerName, String executors, List<String> copyTo) {

    public HeaderDefault {
        signerTitle = signerTitle == null ? List.of() : List.copyOf(signerTitle);
        copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
    }
}
