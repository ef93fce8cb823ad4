package cn.jinan.care.bench.generate;

import cn.jinan.care.bench.generate.Catalog.BranchKind;
import cn.jinan.care.domain.shared.IdCardNumber;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The members, branch by branch: who they are (a valid identity number whose birth date and sex agree with the
 * record), when they joined, the flags the rules read, and what became of them in the five years (transferred out,
 * died). Kept as compact arrays for the second pass that writes their records.
 */
final class People {

    static final byte ACTIVE = 0;
    static final byte TRANSFERRED_OUT = 1;
    static final byte DECEASED = 2;
    static final byte LEFT = 3;
    static final String[] STATUS = {"ACTIVE", "TRANSFERRED_OUT", "DECEASED", "LEFT"};

    static final int MALE = 1;
    static final int LEADING_CADRE = 1 << 1;
    static final int GRASSROOTS = 1 << 2;
    static final int RETIRED = 1 << 3;
    static final int RURAL = 1 << 4;
    static final int WITHOUT_PENSION = 1 << 5;
    static final int STREET_STAFF = 1 << 6;
    /** Died on duty (第28条): a casualty case is opened for the family. */
    static final int DIED_ON_DUTY = 1 << 7;
    /** Disabled on duty: a casualty case without family follow-ups. */
    static final int DISABLED_ON_DUTY = 1 << 8;

    private static final int FOUNDING = Days.of(1949, 10, 1);

    final long firstId;
    final int count;
    final int[] branch;
    final int[] birth;
    final int[] admitted;
    final int[] fullDate;
    final byte[] status;
    final int[] statusDate;
    final int[] flags;

    private final Map<Long, int[]> sequences = new HashMap<>();

    People(long firstId, int count) {
        this.firstId = firstId;
        this.count = count;
        branch = new int[count];
        birth = new int[count];
        admitted = new int[count];
        fullDate = new int[count];
        status = new byte[count];
        statusDate = new int[count];
        flags = new int[count];
    }

    long id(int i) {
        return firstId + i;
    }

    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** Draws member {@code i} of branch {@code b} and writes its row. */
    void make(int i, int b, City city, Window window, SplittableRandom r, CopyStream out) {
        City.Branch br = city.branches.get(b);
        BranchKind kind = br.kind();
        branch[i] = b;
        int today = window.today();
        boolean male = r.nextInt(100) < switch (kind) {
            case VILLAGE -> 76;
            case SCHOOL -> 42;
            case HOSPITAL -> 38;
            case RETIRED -> 66;
            default -> 67;
        };
        int age = age(kind, r);
        int birthDay = today - (int) Math.round(age * 365.2425) - r.nextInt(365);
        birthDay = Math.min(Math.max(birthDay, Days.of(1925, 1, 1)), Days.plusYears(today, -18) - 30);
        int realAge = Days.age(birthDay, today);
        birth[i] = birthDay;
        int adult = Days.plusYears(birthDay, 18);
        int admit;
        if (realAge >= 95 && r.nextInt(100) < 30) {
            // joined before the founding of the People's Republic (老党员, 第26条)
            admit = Math.max(adult, FOUNDING - 1 - r.nextInt(1500));
        } else {
            double admitAge = 19 + 4 * (r.nextDouble() + r.nextDouble() + r.nextDouble())
                    + (r.nextInt(100) < 25 ? 15 * r.nextDouble() : 0);
            admit = birthDay + (int) Math.round(admitAge * 365.2425) + r.nextInt(365);
            if (admit > today - 30) {
                admit = adult + r.nextInt(Math.max(1, today - 30 - adult));
            }
        }
        admit = Math.max(admit, adult + 1);
        admitted[i] = admit;
        int full = Days.plusYears(admit, 1) + r.nextInt(30);
        fullDate[i] = full <= today ? full : Days.NONE;

        int f = male ? MALE : 0;
        boolean working = realAge < 60;
        int lead = switch (kind) {
            case ORGAN -> 300;
            case SCHOOL, HOSPITAL, COMPANY -> 80;
            case VILLAGE -> 20;
            case COMMUNITY -> 15;
            case RETIRED -> 0;
        };
        if (realAge >= 28 && working && r.nextInt(1000) < lead) {
            f |= LEADING_CADRE;
        }
        int grass = switch (kind) {
            case VILLAGE -> 50;
            case COMMUNITY -> 45;
            case COMPANY -> 35;
            case SCHOOL, HOSPITAL -> 20;
            case ORGAN -> 8;
            case RETIRED -> 0;
        };
        if (realAge < 65 && r.nextInt(100) < grass) {
            f |= GRASSROOTS;
        }
        boolean rural = kind == BranchKind.VILLAGE ? r.nextInt(100) < 97
                : Catalog.DISTRICTS[br.district()].county() ? r.nextInt(100) < 25 : r.nextInt(100) < 3;
        if (rural) {
            f |= RURAL;
        }
        boolean pensionAge = realAge >= (male ? 60 : 55);
        if (kind == BranchKind.RETIRED || pensionAge && r.nextInt(100) < (kind == BranchKind.VILLAGE ? 30 : 92)) {
            f |= RETIRED;
        }
        if (realAge >= 60 && (rural ? r.nextInt(100) < 55 : r.nextInt(100) < 1)) {
            f |= WITHOUT_PENSION;
        }
        if (br.streetOrgan() && r.nextInt(100) < 70) {
            f |= STREET_STAFF;
        }

        // what became of the member in the five years
        byte st = ACTIVE;
        int dieChance = realAge >= 85 ? 250 : realAge >= 75 ? 100 : realAge >= 60 ? 30 : 3;
        int u = r.nextInt(1000);
        if (u < dieChance) {
            st = DECEASED;
        } else if (u < dieChance + (working ? 25 : 6)) {
            st = TRANSFERRED_OUT;
        } else if (u < dieChance + (working ? 25 : 6) + 1) {
            st = LEFT;
        }
        // every city has a few; the first branch has one of each, so that a small city has them too
        int onDuty = i == 2 ? 0 : i == 5 ? 80 : r.nextInt(1_000_000);
        if (working && realAge >= 25 && onDuty < 70) {
            st = DECEASED;
            f |= DIED_ON_DUTY;
        } else if (working && realAge >= 25 && onDuty < 110) {
            f |= DISABLED_ON_DUTY;
        }
        int from = Math.max(window.start(), admit + 1);
        if (st != ACTIVE && from < today - 1) {
            statusDate[i] = from + r.nextInt(today - 1 - from);
        } else {
            st = ACTIVE;
            f &= ~DIED_ON_DUTY;
            statusDate[i] = Days.NONE;
        }
        status[i] = st;
        if (st != ACTIVE && fullDate[i] != Days.NONE && fullDate[i] > statusDate[i]) {
            fullDate[i] = Days.NONE; // left the roster while still probationary
        }
        flags[i] = f;

        String idNumber = idNumber(Catalog.DISTRICTS[br.district()].region(), birthDay, male);
        int delegate = r.nextInt(10_000);
        String delegateLevel = delegate < 3 ? "PROVINCE" : delegate < 18 ? "CITY" : delegate < 58 ? "COUNTY"
                : delegate < 158 ? "TOWN" : "NONE";
        int e = r.nextInt(1000);
        String ethnicity = e < 989 ? "汉族" : e < 998 ? "回族" : Catalog.ETHNICITIES[2 + r.nextInt(3)];
        int created = Math.min(Math.max(admit, window.start() - 400), today);
        out.entity(id(i), created, 540 + r.nextInt(480))
                .add(city.orgs.get(br.org()).id())
                .add(Catalog.name(r, male))
                .add(male ? "MALE" : "FEMALE")
                .add(ethnicity)
                .add(idNumber)
                .date(birthDay)
                .add(r.nextInt(100) < 85 ? phone(r) : null)
                .date(admit)
                .date(fullDate[i])
                .add(fullDate[i] == Days.NONE ? "PROBATIONARY" : "FULL")
                .add(STATUS[st])
                .date(statusDate[i])
                .add((f & LEADING_CADRE) != 0)
                .add((f & GRASSROOTS) != 0)
                .add(rural ? "RURAL" : "URBAN")
                .add((f & RETIRED) != 0)
                .add((f & WITHOUT_PENSION) != 0)
                .add(delegateLevel)
                .add((f & STREET_STAFF) != 0);
        out.end();
    }

    static final String COLUMNS = "id, version, created_at, created_by, updated_at, updated_by, organization_id, name,"
            + " gender, ethnicity, id_number, birth_date, phone, admitted_date, full_member_date, category, status,"
            + " status_date, leading_cadre, grassroots, household, retired, without_pension, delegate_level,"
            + " street_staff";

    /** Age in years on the day: each kind of branch has its own age pyramid (the party's, by unit). */
    private static int age(BranchKind kind, SplittableRandom r) {
        // shares in per mille of 18–30, 31–40, 41–50, 51–60, 61–70, 71–80, 81–90, 91–100
        int[] shares = switch (kind) {
            case COMMUNITY -> new int[] {70, 110, 130, 180, 230, 170, 90, 20};
            case VILLAGE -> new int[] {60, 110, 170, 230, 220, 140, 60, 10};
            case RETIRED -> new int[] {0, 0, 0, 60, 400, 340, 170, 30};
            default -> new int[] {170, 280, 250, 240, 45, 10, 4, 1};
        };
        int u = r.nextInt(1000);
        int bucket = 0;
        while (bucket < shares.length - 1 && u >= shares[bucket]) {
            u -= shares[bucket];
            bucket++;
        }
        int low = bucket == 0 ? 18 : 21 + 10 * bucket;
        int high = bucket == 0 ? 30 : low + 9;
        if (kind == BranchKind.RETIRED && bucket == 3) {
            low = 55;
        }
        return low + r.nextInt(high - low + 1);
    }

    /** GB 11643: region, birth date, a sequence odd for men and even for women, the ISO 7064 check character. */
    private String idNumber(String region, int birthDay, boolean male) {
        long key = (long) Integer.parseInt(region) << 32 | (birthDay & 0xffffffffL);
        int[] next = sequences.computeIfAbsent(key, k -> new int[2]);
        int n = next[male ? 1 : 0]++;
        int seq = male ? 2 * n + 1 : 2 * n + 2;
        if (seq > 999) {
            throw new IllegalStateException("more than 500 people of one sex born on one day in " + region);
        }
        String first17 = region + Days.compact(birthDay) + "%03d".formatted(seq);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static String phone(SplittableRandom r) {
        String[] prefixes = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
            "156", "157", "158", "159", "176", "177", "178", "180", "181", "182", "186", "187", "188", "189", "199"};
        return prefixes[r.nextInt(prefixes.length)] + "%08d".formatted(r.nextInt(100_000_000));
    }
}
