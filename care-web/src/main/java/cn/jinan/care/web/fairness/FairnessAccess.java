package cn.jinan.care.web.fairness;

/**
 * Who works the fairness registers, and why. 第17–19条 give fault tolerance, accountability and clarification to the
 * party committees and "相关职能部门" — the organization department and the discipline side — not to branches: a
 * branch is one of the parties heard (its opinion is the second must of 第18条) and cares for the member afterwards
 * (第20条), but the case file (the person's statement, the masses' opinions, the accusation) is not its to read.
 * So the routes are open to ORG_DEPT only, within its subtree; branch secretaries, administrators and auditors get 403
 * (auditors see every logged read of these cases in the audit trail). What a branch needs for its own assessments of
 * the member (民主评议) — that tolerance was granted, and when — is shown on the member's page (第17条: 考核考察要客观评价).
 */
final class FairnessAccess {

    /** The role the security configuration opens the routes to. */
    static final String ROLE = "ORG_DEPT";

    private FairnessAccess() {
    }
}
