package cn.jinan.care.web.demo;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.domain.shared.PartyAge;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Makes a demo dataset of Jinan's party organizations, members and member events. The same seed and the same
 * {@code today} always give the same dataset: everything random comes from one seeded {@link Random}, drawn in a fixed
 * order, and nothing iterates a hash-ordered collection.
 *
 * <p>The organization tree: the municipal committee {@code JN}; the 10 districts and 2 counties ({@code JN01} to
 * {@code JN12}); three streets or towns under each ({@code JN0101}); two to four branches under each street
 * ({@code JN010101}), a general branch with two branches under four streets, and two party groups under six branches.
 * Every member passes the checks of {@code Member.create} on {@code today}; the dataset holds rural members admitted
 * before 1949-10-01, members who reach 50 years of party age in {@code today}'s year, about 5% probationary members,
 * and events of the last two years.
 */
public final class DemoDataGenerator {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1920, 1, 1);
    private static final LocalDate LATEST_BIRTH = LocalDate.of(2004, 12, 31);
    private static final LocalDate PRC_FOUNDED = LocalDate.of(1949, 10, 1);

    /** Branch entries ending with this are general branches (党总支) with two branches under them. */
    private static final String GENERAL_BRANCH_MARK = "*";
    /** Branch entries ending with this get two party groups. */
    private static final String GROUPS_MARK = "^";

    private static final List<District> DISTRICTS = List.of(
            new District("历下区", "370102",
                    new Street("泉城路街道", "芙蓉街社区党支部", "省府前街社区党支部", "院前社区党支部", "泉城路街道机关党支部"),
                    new Street("大明湖街道", "百花洲社区党支部", "曲水亭社区党支部^", "大明湖小学党支部"),
                    new Street("解放路街道", "青年东路社区党支部", "和平新村社区党支部", "退休职工党支部", "解放东路社区党总支*")),
            new District("市中区", "370103",
                    new Street("大观园街道", "大观园社区党支部", "经四路社区党支部", "经五路小学党支部"),
                    new Street("杆石桥街道", "饮虎池社区党支部^", "纬九路社区党支部", "杆石桥街道机关党支部"),
                    new Street("四里村街道", "四里村社区党支部", "建设路社区党支部", "退休职工党支部")),
            new District("槐荫区", "370104",
                    new Street("振兴街街道", "振兴街社区党支部", "经七路社区党支部", "振兴街小学党支部"),
                    new Street("中大槐树街道", "中大槐树社区党支部", "经十路社区党支部", "退休职工党支部"),
                    new Street("道德街街道", "道德街社区党支部", "阳光新路社区党支部", "道德街街道机关党支部")),
            new District("天桥区", "370105",
                    new Street("天桥东街街道", "天桥东街社区党支部", "成丰桥社区党支部", "天桥东街街道机关党支部",
                            "北园大街社区党总支*"),
                    new Street("北坦街道", "北坦社区党支部", "宝华街社区党支部", "北坦小学党支部"),
                    new Street("官扎营街道", "官扎营社区党支部", "济南机车厂退休职工党支部")),
            new District("历城区", "370112",
                    new Street("山大路街道", "山大路社区党支部", "花园路社区党支部", "山大路街道机关党支部"),
                    new Street("洪家楼街道", "洪家楼社区党支部^", "七里河社区党支部", "洪家楼小学党支部", "退休职工党支部"),
                    new Street("东风街道", "东风社区党支部", "化纤厂路社区党支部")),
            new District("长清区", "370113",
                    new Street("文昌街道", "文昌社区党支部", "大学路社区党支部", "文昌街道机关党支部"),
                    new Street("平安街道", "平安社区党支部", "退休职工党支部", "平安小学党支部"),
                    new Street("孝里镇", "广里村党支部", "孝里村党支部^", "岚峪村党支部", "孝里镇机关党支部")),
            new District("章丘区", "370114",
                    new Street("明水街道", "百脉泉社区党支部", "东麻湾社区党支部", "明水街道机关党支部", "退休职工党支部"),
                    new Street("双山街道", "双山社区党支部", "三涧溪村党支部", "福泰社区党总支*"),
                    new Street("垛庄镇", "垛庄村党支部", "东张村党支部", "南峪村党支部", "垛庄镇机关党支部")),
            new District("济阳区", "370115",
                    new Street("济阳街道", "纬二路社区党支部", "开元社区党支部", "济阳街道机关党支部"),
                    new Street("济北街道", "济北社区党支部", "澄波湖社区党支部", "退休职工党支部"),
                    new Street("仁风镇", "仁风村党支部", "前油坊村党支部", "仁风镇中心小学党支部")),
            new District("莱芜区", "370116",
                    new Street("凤城街道", "凤城社区党支部^", "鲁中社区党支部", "凤城街道机关党支部"),
                    new Street("鹏泉街道", "鹏泉社区党支部", "汶河社区党支部", "退休职工党支部"),
                    new Street("寨里镇", "寨里村党支部", "文字现村党支部", "寨里镇机关党支部")),
            new District("钢城区", "370117",
                    new Street("艾山街道", "艾山社区党支部", "莱钢退休职工党支部", "艾山街道机关党支部"),
                    new Street("汶源街道", "汶源社区党支部", "府前社区党支部", "钢城实验小学党支部"),
                    new Street("颜庄街道", "颜庄村党支部", "澜头村党支部", "颜庄街道机关党支部")),
            new District("平阴县", "370124",
                    new Street("东阿镇", "东阿村党支部", "南市村党支部", "东阿镇机关党支部"),
                    new Street("玫瑰镇", "玫瑰村党支部", "夏沟村党支部", "胡庄村党支部", "玫瑰镇中心小学党支部"),
                    new Street("孔村镇", "张山头村党支部", "李沟村党支部", "孔村镇机关党支部")),
            new District("商河县", "370126",
                    new Street("玉皇庙镇", "玉皇庙村党支部", "十里铺村党支部", "玉皇庙镇机关党支部", "王楼村党总支*"),
                    new Street("孙集镇", "孙集村党支部", "刘集村党支部^", "孙集镇机关党支部"),
                    new Street("殷巷镇", "殷巷村党支部", "徐家村党支部", "殷巷镇中心小学党支部")));

    // Surnames with weights roughly as common as in Shandong.
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马",
        "朱", "胡", "郭", "何", "林", "高", "罗", "宋", "韩", "郑", "曹", "于", "田", "董", "孔", "魏", "袁", "吕", "崔",
        "任", "秦", "姜", "侯", "范", "邢", "闫", "亓"};
    private static final int[] SURNAME_WEIGHTS = {90, 80, 80, 60, 40, 35, 30, 15, 18, 15, 20, 25, 18, 13, 12, 13, 8,
        8, 16, 6, 12, 11, 9, 9, 12, 8, 9, 5, 7, 5, 6, 6, 6, 4, 8, 4, 4, 3, 4, 3};
    private static final String[] HUI_SURNAMES = {"马", "马", "马", "金", "白", "丁", "沙", "穆", "米"};

    private static final String[] OLD_MALE = {"建国", "国庆", "志强", "建华", "德明", "福生", "玉山", "金山", "振华",
        "永刚", "树林", "宝山", "文斌", "国栋", "长海", "庆祥", "玉田", "文忠", "德胜", "兆明", "洪亮", "立春", "学文",
        "广田", "传福", "来顺", "保国", "继成", "守信", "克勤", "胜利", "解放", "援朝", "跃进"};
    private static final String[] OLD_MALE_1 = {"忠", "义", "福", "祥", "山", "林", "成", "顺"};
    private static final String[] OLD_FEMALE = {"秀英", "桂英", "玉兰", "桂兰", "秀兰", "凤英", "淑珍", "秀珍", "玉珍",
        "素芬", "淑芳", "桂芝", "翠花", "金凤", "玉梅", "秀云", "凤兰", "淑英", "桂香", "兰英", "月娥", "玉霞", "素梅",
        "秀芳", "爱华", "春兰"};
    private static final String[] OLD_FEMALE_1 = {"英", "兰", "珍", "芳", "梅"};
    private static final String[] MID_MALE = {"海涛", "志刚", "建伟", "宏伟", "立新", "春雷", "红军", "卫东", "建军",
        "晓东", "文涛", "海波", "振宇", "永强", "俊峰", "向东", "明亮", "国华", "新民", "洪涛", "晓光", "庆华", "宪军",
        "传军", "兆军", "德刚", "广军", "长青"};
    private static final String[] MID_MALE_1 = {"伟", "强", "军", "勇", "刚", "斌", "鹏", "磊", "涛", "峰", "亮", "平",
        "健", "波", "凯", "东"};
    private static final String[] MID_FEMALE = {"丽娜", "红梅", "丽华", "海燕", "春燕", "晓红", "雪梅", "秀梅", "美玲",
        "晓燕", "慧敏", "丽萍", "红霞", "玉红", "艳玲", "晓丽", "晓梅", "凤霞", "文静", "翠玲", "春霞", "丽君"};
    private static final String[] MID_FEMALE_1 = {"燕", "霞", "玲", "娟", "艳", "丽", "静", "敏", "红", "梅", "芳",
        "萍", "颖", "洁"};
    private static final String[] YOUNG_MALE = {"子轩", "浩然", "宇航", "俊杰", "博文", "嘉豪", "一鸣", "天宇", "志远",
        "明轩", "梓豪", "文博", "浩宇", "晨阳", "宇轩", "子豪", "家乐", "思远", "泽宇", "皓轩", "鹏飞", "开元", "承志"};
    private static final String[] YOUNG_MALE_1 = {"浩", "宇", "杰", "鑫", "昊", "晨", "旭", "阳", "帅", "超", "硕"};
    private static final String[] YOUNG_FEMALE = {"欣怡", "诗涵", "梦琪", "雨桐", "佳怡", "思雨", "晓雯", "梓涵", "一诺",
        "雨欣", "可馨", "佳琪", "婉婷", "梦瑶", "欣妍", "雅琪", "子涵", "静怡", "心怡", "嘉欣", "舒雅"};
    private static final String[] YOUNG_FEMALE_1 = {"婷", "静", "雪", "璐", "瑶", "琳", "悦", "倩", "晴", "萌"};

    private final long seed;
    private final LocalDate today;

    public DemoDataGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
    }

    /** The dataset for this generator's seed and day; calling it again gives an equal dataset. */
    public DemoDataset generate() {
        return new Run(new Random(seed), today).run();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record District(String name, String addressCode, Street... streets) {

        boolean county() {
            return name.endsWith("县");
        }
    }

    private record Street(String name, String... branches) {

        boolean town() {
            return name.endsWith("镇");
        }
    }

    /** What kind of people a member-holding organization has. */
    private enum Kind {
        OFFICE, COMMUNITY, VILLAGE, SCHOOL, RETIRED
    }

    private enum Special {
        NONE, PRE_1949, FIFTY_YEARS, PROBATIONARY
    }

    /** An organization that keeps members, with what the members' data depends on. */
    private record Holder(OrgSeed org, District district, boolean town, Kind kind) {
    }

    private static final class Slot {
        final Holder holder;
        Special special = Special.NONE;

        Slot(Holder holder) {
            this.holder = holder;
        }
    }

    /** A generated member with what event generation needs to know. */
    private record Generated(int index, MemberSeed seed, Holder holder, Special special) {

        MemberProfile profile() {
            return seed.profile();
        }
    }

    private static Kind kindOf(String name) {
        if (name.contains("机关")) {
            return Kind.OFFICE;
        }
        if (name.contains("退休")) {
            return Kind.RETIRED;
        }
        if (name.contains("小学") || name.contains("中学") || name.contains("学校")) {
            return Kind.SCHOOL;
        }
        if (name.contains("社区")) {
            return Kind.COMMUNITY;
        }
        if (name.contains("村")) {
            return Kind.VILLAGE;
        }
        return Kind.COMMUNITY;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** One generation: all state lives here so that {@link #generate()} may be called again. */
    private static final class Run {

        private final Random rnd;
        private final LocalDate today;
        private final List<OrgSeed> orgs = new ArrayList<>();
        private final List<Holder> holders = new ArrayList<>();
        private final Set<String> usedIds = new HashSet<>();
        private final Set<String> usedPhones = new HashSet<>();

        Run(Random rnd, LocalDate today) {
            this.rnd = rnd;
            this.today = today;
        }

        DemoDataset run() {
            buildOrganizations();
            List<Slot> slots = assignSlots();
            List<Generated> generated = new ArrayList<>(slots.size());
            for (Slot slot : slots) {
                generated.add(member(slot, generated.size()));
            }
            List<EventSeed> events = new Events(generated).make();
            List<MemberSeed> members = new ArrayList<>(generated.size());
            for (Generated g : generated) {
                members.add(g.seed());
            }
            return new DemoDataset(List.copyOf(orgs), List.copyOf(members), List.copyOf(events));
        }

        // ---- organizations -----------------------------------------------------------------------------------------

        private void buildOrganizations() {
            orgs.add(new OrgSeed("JN", "中共济南市委员会", OrgLevel.MUNICIPAL, null, 1));
            for (int d = 0; d < DISTRICTS.size(); d++) {
                District district = DISTRICTS.get(d);
                String districtCode = "JN" + twoDigits(d + 1);
                String districtName = district.county()
                        ? "中共" + district.name() + "委员会"
                        : "中共济南市" + district.name() + "委员会";
                orgs.add(new OrgSeed(districtCode, districtName, OrgLevel.DISTRICT, "JN", d + 1));
                for (int s = 0; s < district.streets().length; s++) {
                    Street street = district.streets()[s];
                    String streetCode = districtCode + twoDigits(s + 1);
                    String streetName = street.town()
                            ? "中共" + street.name() + "委员会"
                            : "中共" + street.name() + "工作委员会";
                    orgs.add(new OrgSeed(streetCode, streetName, OrgLevel.STREET, districtCode, s + 1));
                    for (int b = 0; b < street.branches().length; b++) {
                        addBranchEntry(district, street, streetCode, b + 1, street.branches()[b]);
                    }
                }
            }
        }

        private void addBranchEntry(District district, Street street, String streetCode, int order, String entry) {
            String code = streetCode + twoDigits(order);
            if (entry.endsWith(GENERAL_BRANCH_MARK)) {
                String name = entry.substring(0, entry.length() - 1);
                Kind kind = kindOf(name);
                OrgSeed general = new OrgSeed(code, name, OrgLevel.GENERAL_BRANCH, streetCode, order);
                orgs.add(general);
                holders.add(new Holder(general, district, street.town(), kind));
                String base = name.substring(0, name.length() - "党总支".length());
                String[] branchNames = {base + "第一党支部", base + "第二党支部"};
                for (int i = 0; i < branchNames.length; i++) {
                    OrgSeed branch = new OrgSeed(code + twoDigits(i + 1), branchNames[i], OrgLevel.BRANCH, code, i + 1);
                    orgs.add(branch);
                    holders.add(new Holder(branch, district, street.town(), kind));
                }
            } else if (entry.endsWith(GROUPS_MARK)) {
                String name = entry.substring(0, entry.length() - 1);
                Kind kind = kindOf(name);
                OrgSeed branch = new OrgSeed(code, name, OrgLevel.BRANCH, streetCode, order);
                orgs.add(branch);
                holders.add(new Holder(branch, district, street.town(), kind));
                String[] groupNames = {"第一党小组", "第二党小组"};
                for (int i = 0; i < groupNames.length; i++) {
                    OrgSeed group = new OrgSeed(code + twoDigits(i + 1), groupNames[i], OrgLevel.GROUP, code, i + 1);
                    orgs.add(group);
                    holders.add(new Holder(group, district, street.town(), kind));
                }
            } else {
                OrgSeed branch = new OrgSeed(code, entry, OrgLevel.BRANCH, streetCode, order);
                orgs.add(branch);
                holders.add(new Holder(branch, district, street.town(), kindOf(entry)));
            }
        }

        // ---- how many members where, and who is special ------------------------------------------------------------

        private static final String DEMO_BRANCH = "JN010101";
        private static final String DEMO_BRANCH_2 = "JN010102";

        private List<Slot> assignSlots() {
            int[] counts = new int[holders.size()];
            List<Integer> adjustable = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < holders.size(); i++) {
                Holder h = holders.get(i);
                counts[i] = switch (h.org().level()) {
                    case GENERAL_BRANCH -> 2 + rnd.nextInt(3);
                    case GROUP -> 3 + rnd.nextInt(4);
                    default -> 8 + rnd.nextInt(12) + rnd.nextInt(11);
                };
                if (h.org().code().equals(DEMO_BRANCH)) {
                    counts[i] = 22;
                } else if (h.org().level() == OrgLevel.BRANCH) {
                    adjustable.add(i);
                }
                total += counts[i];
            }
            // bring the total to a target within 1,950..2,050 while every branch stays within 8..30
            int target = 1950 + rnd.nextInt(101);
            while (total != target) {
                int i = adjustable.get(rnd.nextInt(adjustable.size()));
                if (total < target && counts[i] < 30) {
                    counts[i]++;
                    total++;
                } else if (total > target && counts[i] > 8) {
                    counts[i]--;
                    total--;
                }
            }
            List<Slot> slots = new ArrayList<>(total);
            for (int i = 0; i < holders.size(); i++) {
                for (int k = 0; k < counts[i]; k++) {
                    slots.add(new Slot(holders.get(i)));
                }
            }
            // a few 50-year members in the demo branches, so that their secretaries see the medal coming
            markFirst(slots, DEMO_BRANCH, Special.FIFTY_YEARS, 2);
            markFirst(slots, DEMO_BRANCH_2, Special.FIFTY_YEARS, 1);
            markFirst(slots, DEMO_BRANCH, Special.PROBATIONARY, 1);
            markRandom(slots, Special.PRE_1949, 7, s -> s.holder.kind() == Kind.VILLAGE);
            markRandom(slots, Special.FIFTY_YEARS, 11, s -> s.holder.kind() == Kind.COMMUNITY
                    || s.holder.kind() == Kind.VILLAGE || s.holder.kind() == Kind.RETIRED);
            int probationary = Math.round(total * 0.05f) - 1;
            markRandom(slots, Special.PROBATIONARY, probationary, s -> s.holder.kind() != Kind.RETIRED);
            return slots;
        }

        private void markFirst(List<Slot> slots, String orgCode, Special special, int n) {
            for (Slot s : slots) {
                if (n > 0 && s.special == Special.NONE && s.holder.org().code().equals(orgCode)) {
                    s.special = special;
                    n--;
                }
            }
        }

        private void markRandom(List<Slot> slots, Special special, int n, Predicate<Slot> fits) {
            List<Slot> candidates = new ArrayList<>();
            for (Slot s : slots) {
                if (s.special == Special.NONE && fits.test(s)) {
                    candidates.add(s);
                }
            }
            shuffle(candidates);
            for (int i = 0; i < n && i < candidates.size(); i++) {
                candidates.get(i).special = special;
            }
        }

        // ---- members -----------------------------------------------------------------------------------------------

        private Generated member(Slot slot, int index) {
            Holder h = slot.holder;
            Kind kind = h.kind();
            boolean male;
            LocalDate birth;
            LocalDate admitted;
            LocalDate full;
            switch (slot.special) {
                case PRE_1949 -> {
                    male = chance(0.85);
                    birth = between(EARLIEST_BIRTH, LocalDate.of(1929, 12, 31));
                    LocalDate lo = max(birth.plusYears(18).plusDays(60), LocalDate.of(1940, 1, 1));
                    admitted = between(lo, PRC_FOUNDED.minusDays(5));
                    full = admitted.plusYears(1);
                }
                case FIFTY_YEARS -> {
                    male = chance(0.7);
                    int year = today.getYear() - 50;
                    full = between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                    admitted = full.minusYears(1).minusDays(chance(0.7) ? 0 : rnd.nextInt(4));
                    birth = admitted.minusYears(19 + rnd.nextInt(12)).minusDays(rnd.nextInt(365));
                }
                case PROBATIONARY -> {
                    male = chance(0.55);
                    LocalDate youngest = min(LATEST_BIRTH, today.minusYears(19));
                    LocalDate oldest = max(today.minusYears(40), EARLIEST_BIRTH);
                    birth = between(oldest, youngest);
                    LocalDate lo = max(birth.plusYears(18).plusDays(60), today.minusDays(350));
                    admitted = between(lo, today);
                    full = null;
                }
                default -> {
                    male = chance(maleShare(kind));
                    birth = regularBirth(kind);
                    admitted = regularAdmission(birth);
                    full = admitted.plusYears(1).plusDays(chance(0.75) ? 0 : rnd.nextInt(9) - 3);
                    if (full.isAfter(today)) {
                        full = today;
                    }
                }
            }
            Gender gender = male ? Gender.MALE : Gender.FEMALE;
            String ethnicity = ethnicity();
            String name = name(gender, birth, ethnicity);
            IdCardNumber id = idNumber(h.district().addressCode(), birth, gender);
            MemberFlags flags = flags(slot, gender, birth, full == null);
            MemberProfile profile = new MemberProfile(name, gender, ethnicity, id, birth, phone(), admitted, full,
                    full == null ? MemberCategory.PROBATIONARY : MemberCategory.FULL, flags);
            return new Generated(index, new MemberSeed(h.org().code(), profile), h, slot.special);
        }

        private static double maleShare(Kind kind) {
            return switch (kind) {
                case VILLAGE -> 0.75;
                case SCHOOL -> 0.42;
                case COMMUNITY -> 0.58;
                default -> 0.65;
            };
        }

        private LocalDate regularBirth(Kind kind) {
            int year = switch (kind) {
                case OFFICE, SCHOOL -> 1966 + rnd.nextInt(36);
                case RETIRED -> 1934 + rnd.nextInt(32);
                case VILLAGE -> chance(0.3) ? 1930 + rnd.nextInt(33) : 1963 + rnd.nextInt(40);
                case COMMUNITY -> chance(0.25) ? 1932 + rnd.nextInt(31) : 1963 + rnd.nextInt(40);
            };
            LocalDate birth = between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            // a full member was admitted at 18 or later and more than a year ago
            LocalDate latest = min(LATEST_BIRTH, today.minusYears(20).minusDays(90));
            return birth.isAfter(latest) ? latest.minusDays(rnd.nextInt(3000)) : birth;
        }

        private LocalDate regularAdmission(LocalDate birth) {
            LocalDate lo = birth.plusYears(18).plusDays(30);
            LocalDate hi = today.minusYears(1).minusDays(10);
            int age = 18 + (int) Math.min(30, Math.abs(rnd.nextGaussian() * 8));
            LocalDate admitted = birth.plusYears(age).plusDays(rnd.nextInt(365));
            if (admitted.isBefore(lo)) {
                admitted = lo.plusDays(rnd.nextInt(200));
            }
            return admitted.isAfter(hi) ? between(lo, hi) : admitted;
        }

        private MemberFlags flags(Slot slot, Gender gender, LocalDate birth, boolean probationary) {
            Holder h = slot.holder;
            Kind kind = h.kind();
            int age = Period.between(birth, today).getYears();
            if (slot.special == Special.PRE_1949) {
                return new MemberFlags(false, false, Household.RURAL, false, true, DelegateLevel.NONE, false);
            }
            Household household = switch (kind) {
                case VILLAGE -> chance(0.92) ? Household.RURAL : Household.URBAN;
                default -> h.town() && chance(0.25) ? Household.RURAL : Household.URBAN;
            };
            int retirementAge = gender == Gender.MALE ? 60 : 55;
            boolean retired = kind == Kind.RETIRED
                    || household == Household.URBAN && age >= retirementAge && chance(0.8);
            boolean withoutPension = household == Household.RURAL && birth.getYear() <= 1945 && chance(0.2);
            boolean working = !retired && age < 65;
            boolean leadingCadre = working && !probationary && age >= 32 && age <= 60 && chance(switch (kind) {
                case OFFICE -> 0.3;
                case SCHOOL -> 0.12;
                case COMMUNITY -> 0.07;
                case VILLAGE -> 0.02;
                case RETIRED -> 0;
            });
            boolean grassroots = working && chance(switch (kind) {
                case OFFICE -> 0.7;
                case SCHOOL -> 0.5;
                case COMMUNITY -> 0.33;
                case VILLAGE -> 0.5;
                case RETIRED -> 0;
            });
            boolean streetStaff = kind == Kind.OFFICE && working && chance(0.9);
            DelegateLevel delegate = DelegateLevel.NONE;
            if (working && !probationary) {
                double r = rnd.nextDouble();
                if (leadingCadre && r < 0.15) {
                    delegate = DelegateLevel.CITY;
                } else if (h.town() && r < 0.05) {
                    delegate = DelegateLevel.TOWN;
                } else if (r < 0.012) {
                    delegate = DelegateLevel.COUNTY;
                }
            }
            return new MemberFlags(leadingCadre, grassroots, household, retired, withoutPension, delegate,
                    streetStaff);
        }

        private String ethnicity() {
            double r = rnd.nextDouble();
            if (r < 0.022) {
                return "回族";
            }
            if (r < 0.028) {
                return "满族";
            }
            if (r < 0.031) {
                return "蒙古族";
            }
            if (r < 0.032) {
                return "朝鲜族";
            }
            return "汉族";
        }

        private String name(Gender gender, LocalDate birth, String ethnicity) {
            String surname = "回族".equals(ethnicity) ? pick(HUI_SURNAMES) : weightedSurname();
            int year = birth.getYear();
            boolean male = gender == Gender.MALE;
            String given;
            if (year < 1960) {
                given = chance(0.1) ? pick(male ? OLD_MALE_1 : OLD_FEMALE_1) : pick(male ? OLD_MALE : OLD_FEMALE);
            } else if (year < 1985) {
                given = chance(0.35) ? pick(male ? MID_MALE_1 : MID_FEMALE_1) : pick(male ? MID_MALE : MID_FEMALE);
            } else {
                given = chance(0.25) ? pick(male ? YOUNG_MALE_1 : YOUNG_FEMALE_1)
                        : pick(male ? YOUNG_MALE : YOUNG_FEMALE);
            }
            return surname + given;
        }

        private String weightedSurname() {
            int sum = 0;
            for (int w : SURNAME_WEIGHTS) {
                sum += w;
            }
            int r = rnd.nextInt(sum);
            for (int i = 0; i < SURNAMES.length; i++) {
                r -= SURNAME_WEIGHTS[i];
                if (r < 0) {
                    return SURNAMES[i];
                }
            }
            return SURNAMES[0];
        }

        private IdCardNumber idNumber(String addressCode, LocalDate birth, Gender gender) {
            String date = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
            while (true) {
                int sequence = gender == Gender.MALE ? 2 * rnd.nextInt(500) + 1 : 2 * rnd.nextInt(499) + 2;
                String first17 = addressCode + date + String.format("%03d", sequence);
                String number = first17 + IdCardNumber.checkCharacter(first17);
                if (usedIds.add(number)) {
                    return IdCardNumber.of(number);
                }
            }
        }

        private String phone() {
            String[] prefixes = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
                "152", "153", "155", "156", "157", "158", "159", "180", "181", "182", "183", "185", "186", "187",
                "188", "189"};
            while (true) {
                String number = pick(prefixes) + String.format("%08d", rnd.nextInt(100_000_000));
                if (usedPhones.add(number)) {
                    return number;
                }
            }
        }

        // ---- events ------------------------------------------------------------------------------------------------

        /** Events of the last two years. */
        private final class Events {

            private final List<Generated> members;
            private final LocalDate windowStart;
            private final List<EventSeed> events = new ArrayList<>();
            private final boolean[] deceased;
            private final boolean[] sanctioned;

            Events(List<Generated> members) {
                this.members = members;
                this.windowStart = today.minusYears(2);
                this.deceased = new boolean[members.size()];
                this.sanctioned = new boolean[members.size()];
            }

            List<EventSeed> make() {
                deaths(4);
                admissions(70);
                alive(MemberEventKind.TRANSFERRED_IN, 30, 30, g -> working(g) && age(g) < 50, g -> age(g) < 30
                        ? new String[] {"大学毕业，组织关系由山东大学转入", "研究生毕业，组织关系由山东师范大学转入",
                            "退役军人，组织关系由部队转入"}
                        : new String[] {"工作调动，组织关系由济南市历城区转入", "组织关系由天津市河西区转入",
                            "组织关系由淄博市张店区转入", "组织关系由章丘区双山街道转入", "流动党员返乡，组织关系转回本支部"});
                postChanges(45);
                sanctions(8);
                alive(MemberEventKind.TENDENCY_PROBLEM, 6, 30, g -> working(g) && !sanctioned[g.index()],
                        g -> new String[] {"连续三个月无故不参加组织生活", "群众反映工作作风简单粗暴", "未按规定缴纳党费，经提醒仍未改正",
                            "在微信群发表不当言论"});
                honors(65);
                alive(MemberEventKind.SERIOUSLY_ILL, 35, 0, g -> age(g) >= 60, g -> new String[] {
                    "突发脑梗住院治疗", "确诊肺癌，正在化疗", "股骨骨折，长期卧床", "心脏搭桥手术后康复", "尿毒症，定期透析",
                    "阿尔茨海默病，需专人照护", "糖尿病并发症住院治疗"});
                alive(MemberEventKind.CRITICALLY_ILL, 3, 0, g -> age(g) >= 75, g -> new String[] {
                    "病情危重，住院抢救", "多器官衰竭，下达病危通知书"});
                alive(MemberEventKind.FAMILY_DISASTER, 20, 0, g -> true, this::disasterNotes);
                events.sort(Comparator.comparing(EventSeed::date).thenComparing(EventSeed::idNumber)
                        .thenComparing(EventSeed::kind));
                return events;
            }

            private void deaths(int n) {
                List<Integer> pool = pool(g -> age(g) >= 85 && g.special() == Special.NONE);
                int done = 0;
                for (int i : pool) {
                    if (done == n) {
                        break;
                    }
                    Generated g = members.get(i);
                    LocalDate lo = max(windowStart.plusDays(30), g.profile().admittedDate().plusDays(30));
                    LocalDate hi = today.minusDays(3);
                    if (lo.isAfter(hi)) {
                        continue;
                    }
                    LocalDate died = between(lo, hi);
                    LocalDate ill = died.minusDays(2 + rnd.nextInt(20));
                    int aged = Period.between(g.profile().birthDate(), died).getYears();
                    add(g, MemberEventKind.CRITICALLY_ILL, ill, "病情危重，住院抢救");
                    add(g, MemberEventKind.DIED, died, "因病医治无效逝世，享年" + aged + "岁");
                    deceased[i] = true;
                    done++;
                }
            }

            private void admissions(int n) {
                List<Integer> pool = pool(g -> !g.profile().admittedDate().isBefore(windowStart));
                for (int k = 0; k < n && k < pool.size(); k++) {
                    Generated g = members.get(pool.get(k));
                    add(g, MemberEventKind.ADMITTED, g.profile().admittedDate(), "支部大会讨论通过，接收为预备党员");
                }
            }

            private void postChanges(int n) {
                List<Integer> pool = pool(g -> !deceased[g.index()] && working(g));
                int done = 0;
                for (int i : pool) {
                    if (done == n) {
                        break;
                    }
                    Generated g = members.get(i);
                    String[] notes = switch (g.holder().kind()) {
                        case OFFICE -> new String[] {"任街道办事处副主任", "由一级科员晋升为四级主任科员", "调任党建工作办公室主任",
                            "任综合执法办公室副主任"};
                        case VILLAGE -> new String[] {"当选村党支部书记", "当选村党支部委员", "当选村委会主任", "任村会计"};
                        case SCHOOL -> new String[] {"任学校教导主任", "任年级组长", "由教导主任调任副校长", "任学校党支部宣传委员"};
                        default -> new String[] {"当选社区党委委员", "任社区网格员", "任社区居委会副主任", "当选楼栋长"};
                    };
                    if (addInWindow(g, MemberEventKind.POST_CHANGED, 0, pick(notes))) {
                        done++;
                    }
                }
            }

            private void sanctions(int n) {
                List<Integer> pool = pool(g -> !deceased[g.index()] && working(g)
                        && g.profile().category() == MemberCategory.FULL && g.special() == Special.NONE);
                String[] notes = {"违反工作纪律，给予党内警告处分", "违规收受礼金，给予党内严重警告处分", "违反廉洁纪律，给予党内警告处分",
                    "违规发放补贴，给予党内严重警告处分"};
                int done = 0;
                for (int i : pool) {
                    if (done == n) {
                        break;
                    }
                    if (addInWindow(members.get(i), MemberEventKind.SANCTIONED, 60, pick(notes))) {
                        sanctioned[i] = true;
                        done++;
                    }
                }
            }

            private void honors(int n) {
                int done = 0;
                // the 50-year medal, on the July 1 on which the member's party age first reaches 50
                for (int year = windowStart.getYear(); year <= today.getYear(); year++) {
                    LocalDate julyFirst = LocalDate.of(year, 7, 1);
                    if (julyFirst.isBefore(windowStart) || julyFirst.isAfter(today)) {
                        continue;
                    }
                    int y = year;
                    List<Integer> pool = pool(g -> !deceased[g.index()] && !sanctioned[g.index()]
                            && PartyAge.onJulyFirst(g.profile().fullMemberDate(), y)
                                    .map(a -> a.years() == 50).orElse(false));
                    for (int k = 0; k < pool.size() && k < 10 && done < n; k++) {
                        add(members.get(pool.get(k)), MemberEventKind.HONORED, julyFirst, "颁发“光荣在党50年”纪念章");
                        done++;
                    }
                }
                // commendations are announced around July 1; other honors come any time
                String[] commendations = {"被评为全市优秀共产党员", "被评为区级优秀共产党员", "被评为优秀党务工作者"};
                String[] others = {"获评街道“最美志愿者”", "被评为“出彩型”党员", "获评“最美济南人”"};
                List<Integer> pool = pool(g -> !deceased[g.index()] && !sanctioned[g.index()] && age(g) < 75
                        && g.profile().category() == MemberCategory.FULL);
                for (int i : pool) {
                    if (done >= n) {
                        break;
                    }
                    Generated g = members.get(i);
                    LocalDate commended = commendationDay(g);
                    if (commended != null && chance(0.6)) {
                        add(g, MemberEventKind.HONORED, commended, pick(commendations));
                        done++;
                    } else if (addInWindow(g, MemberEventKind.HONORED, 0,
                            g.profile().flags().leadingCadre() && chance(0.5) ? "获评全市“担当作为好干部”" : pick(others))) {
                        done++;
                    }
                }
            }

            private String[] disasterNotes(Generated g) {
                if (g.profile().flags().household() == Household.RURAL && chance(0.4)) {
                    return new String[] {"大棚被大风损毁，收入锐减", "庄稼遭冰雹绝收", "家中房屋因暴雨倒塌"};
                }
                return age(g) >= 65
                        ? new String[] {"老伴突发脑出血住院", "家中房屋因暴雨受损", "家中失火，财物损失严重",
                            "独生子女因病去世"}
                        : new String[] {"配偶遭遇车祸重伤住院", "子女患白血病，治疗费用高", "家中失火，财物损失严重",
                            "配偶突发重病，家庭生活困难"};
            }

            /** A day around July 1 in the window and after the member's admission, or null. */
            private LocalDate commendationDay(Generated g) {
                List<LocalDate> days = new ArrayList<>();
                for (int year = windowStart.getYear(); year <= today.getYear(); year++) {
                    LocalDate day = LocalDate.of(year, 6, 28 + rnd.nextInt(3));
                    if (!day.isBefore(windowStart) && !day.isAfter(today)
                            && day.isAfter(g.profile().admittedDate())) {
                        days.add(day);
                    }
                }
                return days.isEmpty() ? null : days.get(rnd.nextInt(days.size()));
            }

            /** Up to {@code n} events of {@code kind} for living members that fit. */
            private void alive(MemberEventKind kind, int n, int daysAfterAdmission,
                    Predicate<Generated> fits, Function<Generated, String[]> notes) {
                List<Integer> pool = pool(g -> !deceased[g.index()] && fits.test(g));
                int done = 0;
                for (int i : pool) {
                    if (done == n) {
                        break;
                    }
                    if (addInWindow(members.get(i), kind, daysAfterAdmission, pick(notes.apply(members.get(i))))) {
                        done++;
                    }
                }
            }

            private boolean addInWindow(Generated g, MemberEventKind kind, int daysAfterAdmission, String note) {
                LocalDate lo = max(windowStart, g.profile().admittedDate().plusDays(daysAfterAdmission));
                if (lo.isAfter(today)) {
                    return false;
                }
                add(g, kind, between(lo, today), note);
                return true;
            }

            private void add(Generated g, MemberEventKind kind, LocalDate date, String note) {
                events.add(new EventSeed(g.profile().idNumber().value(), kind, date, note));
            }

            /** The indexes of the members that fit, shuffled. */
            private List<Integer> pool(Predicate<Generated> fits) {
                List<Integer> pool = new ArrayList<>();
                for (int i = 0; i < members.size(); i++) {
                    if (fits.test(members.get(i))) {
                        pool.add(i);
                    }
                }
                shuffle(pool);
                return pool;
            }

            private boolean working(Generated g) {
                return !g.profile().flags().retired() && age(g) < 60;
            }

            private int age(Generated g) {
                return Period.between(g.profile().birthDate(), today).getYears();
            }
        }

        // ---- randomness ---------------------------------------------------------------------------------------------

        private boolean chance(double p) {
            return rnd.nextDouble() < p;
        }

        private <T> T pick(T[] values) {
            return values[rnd.nextInt(values.length)];
        }

        private LocalDate between(LocalDate lo, LocalDate hi) {
            long days = ChronoUnit.DAYS.between(lo, hi);
            if (days < 0) {
                throw new IllegalArgumentException(lo + " is after " + hi);
            }
            return lo.plusDays(rnd.nextInt((int) days + 1));
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                T t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
