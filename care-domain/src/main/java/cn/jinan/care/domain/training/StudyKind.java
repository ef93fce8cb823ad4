package cn.jinan.care.domain.training;

/** Where the hours were studied (第3、4、13条). */
public enum StudyKind {
    PARTY_SCHOOL, BRANCH_STUDY, SENT_STUDY, ONLINE_XUEXI_QIANGGUO, ONLINE_DENGTA, ONLINE_QUANCHENG,
    RED_EDUCATION, SPECIAL_TRAINING, CONTINUING_EDUCATION
}
