package cn.jinan.care.domain.activity;

import cn.jinan.care.domain.training.StudyKind;
import java.util.Optional;

/**
 * What an organization's activity is. A study kind posts study hours (R03-TRAINING-HOURS) to its participants under
 * the matching {@link StudyKind}; a cultural or sports activity posts none.
 */
public enum ActivityKind {
    /** 第13条: 专题培训 (known universities, advanced regions) and the year's training plan sessions. */
    SPECIAL_TRAINING(StudyKind.SPECIAL_TRAINING),
    /** 第3条: 市、区县党校面向普通党员安排的班次. */
    PARTY_SCHOOL_CLASS(StudyKind.PARTY_SCHOOL),
    /** 第3条: 送学进企业、进村居、进学校. */
    SENT_STUDY(StudyKind.SENT_STUDY),
    /** 第3条: 支部集中学习. */
    BRANCH_STUDY(StudyKind.BRANCH_STUDY),
    /** 第4条: 红色教育 (大峰山党性教育基地, 济南战役纪念馆, 莱芜战役纪念馆…), often with a free shuttle. */
    RED_EDUCATION(StudyKind.RED_EDUCATION),
    /** 第23条: 文体活动. */
    CULTURE_SPORTS(null);

    private final StudyKind studyKind;

    ActivityKind(StudyKind studyKind) {
        this.studyKind = studyKind;
    }

    /** The kind of study hours the activity posts, empty for an activity that is not study. */
    public Optional<StudyKind> studyKind() {
        return Optional.ofNullable(studyKind);
    }

    public boolean isStudy() {
        return studyKind != null;
    }
}
