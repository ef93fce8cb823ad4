package cn.jinan.care.domain.imports;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.training.StudyKind;
import java.util.List;

/**
 * The words import files use for coded values. They are part of the file format, fixed whatever the pages' labels
 * say, so that a template filled in last year still imports; the template's instructions sheet lists them.
 */
public final class Words {

    public static final Vocabulary<Boolean> YES_NO = new Vocabulary<Boolean>("imports.value.yes-no")
            .add(true, "是", "yes", "y", "true", "1", "√", "✓", "✔")
            .add(false, "否", "no", "n", "false", "0", "×", "✗", "无");

    public static final Vocabulary<Gender> GENDER = new Vocabulary<Gender>("imports.value.word")
            .add(Gender.MALE, "男", "male", "m", "男性")
            .add(Gender.FEMALE, "女", "female", "f", "女性");

    public static final Vocabulary<MemberCategory> CATEGORY = new Vocabulary<MemberCategory>("imports.value.word")
            .add(MemberCategory.FULL, "正式党员", "正式", "full", "full member")
            .add(MemberCategory.PROBATIONARY, "预备党员", "预备", "probationary", "probationary member");

    public static final Vocabulary<Household> HOUSEHOLD = new Vocabulary<Household>("imports.value.word")
            .add(Household.URBAN, "城镇", "城市", "非农业", "urban")
            .add(Household.RURAL, "农村", "农业", "rural");

    public static final Vocabulary<DelegateLevel> DELEGATE_LEVEL = new Vocabulary<DelegateLevel>("imports.value.word")
            .add(DelegateLevel.NONE, "否", "无", "不是", "none", "no")
            .add(DelegateLevel.TOWN, "乡镇", "乡镇党代表", "街道", "乡镇（街道）党代表", "town")
            .add(DelegateLevel.COUNTY, "县区", "县（区）党代表", "县（区）", "县", "区", "区县", "county")
            .add(DelegateLevel.CITY, "市", "市党代表", "city")
            .add(DelegateLevel.PROVINCE, "省", "省党代表", "province")
            .add(DelegateLevel.NATIONAL, "全国", "全国党代表", "national");

    public static final Vocabulary<StudyKind> STUDY_KIND = new Vocabulary<StudyKind>("imports.value.word")
            .add(StudyKind.PARTY_SCHOOL, "党校培训", "党校", "party school")
            .add(StudyKind.BRANCH_STUDY, "支部集中学习", "集中学习", "branch study")
            .add(StudyKind.SENT_STUDY, "送学上门", "送学", "sent study")
            .add(StudyKind.ONLINE_XUEXI_QIANGGUO, "学习强国", "xuexi qiangguo")
            .add(StudyKind.ONLINE_DENGTA, "灯塔—党建在线", "灯塔-党建在线", "灯塔党建在线", "灯塔", "dengta")
            .add(StudyKind.ONLINE_QUANCHENG, "泉城干部大学堂", "泉城大学堂", "quancheng")
            .add(StudyKind.RED_EDUCATION, "红色教育", "red education")
            .add(StudyKind.SPECIAL_TRAINING, "专题培训", "special training")
            .add(StudyKind.CONTINUING_EDUCATION, "继续教育", "continuing education");

    /** The online platforms whose exports say the kind of study by their name. */
    public static final Vocabulary<StudyKind> PLATFORM = new Vocabulary<StudyKind>("imports.value.platform")
            .add(StudyKind.ONLINE_XUEXI_QIANGGUO, "学习强国", "学习强国平台", "xuexi qiangguo")
            .add(StudyKind.ONLINE_DENGTA, "灯塔—党建在线", "灯塔-党建在线", "灯塔党建在线", "灯塔", "dengta")
            .add(StudyKind.ONLINE_QUANCHENG, "泉城干部大学堂", "泉城大学堂", "quancheng");

    /** GB 3304: the 56 ethnic groups by full name (a name without 族 is accepted), and the two other codes. */
    public static final List<String> ETHNIC_GROUPS = List.of("汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族",
            "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
            "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族",
            "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族",
            "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族",
            "珞巴族", "基诺族", "其他", "外国血统中国籍人士");

    public static final Vocabulary<String> ETHNICITY = ethnicities();

    private Words() {
    }

    private static Vocabulary<String> ethnicities() {
        Vocabulary<String> v = new Vocabulary<>("imports.value.ethnicity");
        for (String name : ETHNIC_GROUPS) {
            if (name.endsWith("族") && name.length() >= 2) {
                v.add(name, name, name.substring(0, name.length() - 1));
            } else {
                v.add(name, name);
            }
        }
        return v;
    }
}
