package cn.jinan.care.domain.imports;

/**
 * The columns of a study-hours file, e.g. an online learning platform's export. A member is named by the identity
 * number, or by name and branch code together; a platform's name says the kind of study, or the kind is given.
 */
public enum StudyColumn implements ImportColumn {
    ID_NUMBER(Spec.of("公民身份号码", false, "field.idNumber", "370102199001011231",
            "身份证号", "身份证号码", "id number", "id card number")),
    NAME(Spec.of("姓名", false, "field.memberName", "张三", "学员姓名", "name")),
    ORGANIZATION_CODE(Spec.of("组织代码", false, "field.code", "JN010101",
            "支部代码", "党组织代码", "organization code", "org code", "branch code")),
    DATE(Spec.of("学习日期", true, "field.date", "2025-03-01", "日期", "date", "study date")),
    HOURS(Spec.of("学时", true, "field.hours", "1.5", "学时数", "hours")),
    COURSE(Spec.of("课程名称", true, "field.course", "学习贯彻党的二十届三中全会精神", "课程", "课程/内容", "course")),
    PLATFORM(Spec.of("学习平台", false, "imports.field.platform", "学习强国", "平台", "platform")),
    KIND(Spec.of("学习类型", false, "field.studyKind", "", "学习方式", "kind", "study kind"));

    private final Spec spec;

    StudyColumn(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
