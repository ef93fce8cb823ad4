package cn.jinan.care.domain.imports;

/** The columns of a roster file, in the template's order. */
public enum RosterColumn implements ImportColumn {
    ORGANIZATION_CODE(Spec.of("组织代码", true, "field.code", "JN010101",
            "党组织代码", "支部代码", "organization code", "org code")),
    NAME(Spec.of("姓名", true, "field.memberName", "张三", "name")),
    GENDER(Spec.of("性别", false, "field.gender", "男", "gender", "sex")),
    ETHNICITY(Spec.of("民族", false, "field.ethnicity", "汉族", "ethnicity")),
    ID_NUMBER(Spec.of("公民身份号码", true, "field.idNumber", "370102199001011231",
            "身份证号", "身份证号码", "id number", "id card number")),
    BIRTH_DATE(Spec.of("出生日期", false, "field.birthDate", "1990-01-01", "birth date", "date of birth")),
    ADMITTED_DATE(Spec.of("入党日期", true, "field.admittedDate", "2015-07-01", "admitted date", "date admitted")),
    FULL_MEMBER_DATE(Spec.of("转正日期", false, "field.fullMemberDate", "2016-07-01",
            "full membership date", "full-membership date")),
    CATEGORY(Spec.of("党员类别", false, "field.category", "正式党员", "类别", "category")),
    LEADING_CADRE(Spec.of("党员领导干部", false, "field.leadingCadre", "否", "是否党员领导干部", "leading cadre")),
    GRASSROOTS(Spec.of("基层一线", false, "field.grassroots", "是",
            "是否基层一线", "grassroots", "grassroots front line")),
    HOUSEHOLD(Spec.of("户籍", false, "field.household", "城镇", "户籍类型", "household")),
    RETIRED(Spec.of("离退休", false, "field.retired", "否", "是否离退休", "退休", "retired")),
    WITHOUT_PENSION(Spec.of("无退休金", false, "field.withoutPension", "否", "是否无退休金", "without pension")),
    DELEGATE_LEVEL(Spec.of("党代表", false, "field.delegateLevel", "否",
            "党代表层级", "delegate level", "party congress delegate")),
    STREET_STAFF(Spec.of("街镇工作人员", false, "field.streetStaff", "否",
            "是否街镇工作人员", "street staff", "street/town staff")),
    PHONE(Spec.of("联系电话", false, "field.phone", "13800000000", "电话", "手机", "手机号码", "phone"));

    private final Spec spec;

    RosterColumn(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
