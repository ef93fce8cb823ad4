package cn.jinan.care.bench.generate;

import cn.jinan.care.bench.generate.Catalog.BranchKind;
import cn.jinan.care.bench.generate.Catalog.District;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The organization tree: the municipal committee, 12 district/county committees, ≈ 160 street/town committees,
 * general branches and ≈ 25,000 branches (at scale 1), each branch with a kind (community, village, organ…) and a
 * size drawn from a skewed (log-normal) distribution that sums to the city's member count.
 */
final class City {

    /** One organization, in the order it is loaded (parents first). */
    record Org(long id, String code, String name, String level, int parent, String path, int depth, int sortOrder) {
    }

    /** A branch: where members are kept. */
    record Branch(int org, int district, BranchKind kind, int size, String secretary, boolean streetOrgan) {
    }

    final List<Org> orgs = new ArrayList<>();
    final List<Branch> branches = new ArrayList<>();
    /** Per district: its organization index and the range of its branches. */
    final int[] districtOrg = new int[Catalog.DISTRICTS.length];
    final int[] districtFirstBranch = new int[Catalog.DISTRICTS.length];
    final int[] districtEndBranch = new int[Catalog.DISTRICTS.length];
    int streets;
    int generalBranches;

    static City build(double scale, int members, Ids.Block ids, SplittableRandom r) {
        City city = new City();
        city.grow(scale, members, ids, r);
        return city;
    }

    private int add(Ids.Block ids, String code, String name, String level, int parent, int sortOrder) {
        long id = ids.next();
        String path = parent < 0 ? "/" + id + "/" : orgs.get(parent).path() + id + "/";
        int depth = parent < 0 ? 0 : orgs.get(parent).depth() + 1;
        orgs.add(new Org(id, code, name, level, parent, path, depth, sortOrder));
        return orgs.size() - 1;
    }

    private void grow(double scale, int members, Ids.Block ids, SplittableRandom r) {
        int root = add(ids, "JN", "中共济南市委员会", "MUNICIPAL", -1, 0);
        int totalBranches = Math.max(Catalog.DISTRICTS.length, (int) Math.round(25_000 * scale));
        double streetScale = Math.min(1.0, Math.sqrt(scale));
        List<String> stems = shuffled(Catalog.PLACE_STEMS, r);
        int stem = 0;
        // street weights: streets differ in size
        List<double[]> streetWeights = new ArrayList<>();
        int[] streetsOf = new int[Catalog.DISTRICTS.length];
        double weightSum = 0;
        for (int d = 0; d < Catalog.DISTRICTS.length; d++) {
            streetsOf[d] = Math.max(1, (int) Math.round(Catalog.DISTRICTS[d].streets() * streetScale));
            double[] w = new double[streetsOf[d]];
            for (int s = 0; s < w.length; s++) {
                w[s] = Math.exp(0.4 * r.nextGaussian());
                weightSum += w[s];
            }
            streetWeights.add(w);
        }
        List<Double> rawSizes = new ArrayList<>();
        List<Object[]> pending = new ArrayList<>(); // branch drafts: org, district, kind, streetOrgan
        for (int d = 0; d < Catalog.DISTRICTS.length; d++) {
            District district = Catalog.DISTRICTS[d];
            int dOrg = add(ids, "JN%02d".formatted(d + 1), "中共济南市" + district.name() + "委员会", "DISTRICT", root,
                    d + 1);
            districtOrg[d] = dOrg;
            districtFirstBranch[d] = pending.size();
            double[] w = streetWeights.get(d);
            for (int s = 0; s < w.length; s++) {
                String place = stems.get(stem++ % stems.size());
                boolean town = district.county() && r.nextInt(100) < 70;
                String streetCode = "JN%02d%02d".formatted(d + 1, s + 1);
                int sOrg = add(ids, streetCode, "中共济南市" + district.name() + place + (town ? "镇委员会"
                        : "街道工作委员会"), "STREET", dOrg, s + 1);
                streets++;
                int n = Math.max(1, (int) Math.round(totalBranches * w[s] / weightSum));
                int made = 0;
                int direct = 0;
                int general = 0;
                // the street's own organ branch first: its members are street/town staff (R15)
                pending.add(new Object[] {add(ids, streetCode + "%03d".formatted(++direct),
                        "中共" + place + (town ? "镇" : "街道") + "机关党支部", "BRANCH", sOrg, direct), d,
                        BranchKind.ORGAN, true});
                made++;
                while (made < n) {
                    BranchKind kind = kind(district.county(), r);
                    String unit = unitName(kind, place, r);
                    int left = n - made;
                    if (left >= 3 && kind != BranchKind.VILLAGE && kind != BranchKind.COMMUNITY
                            && r.nextInt(100) < 18) {
                        // a larger unit: a general branch with 2–6 branches
                        int children = Math.min(left, 2 + r.nextInt(5));
                        general++;
                        String gCode = streetCode + "Z%02d".formatted(general);
                        int gOrg = add(ids, gCode, "中共" + unit + "总支部委员会", "GENERAL_BRANCH", sOrg,
                                100 + general);
                        generalBranches++;
                        for (int c = 0; c < children; c++) {
                            pending.add(new Object[] {add(ids, gCode + "%02d".formatted(c + 1),
                                    unit + Catalog.ORDINALS[c % Catalog.ORDINALS.length] + "党支部", "BRANCH", gOrg,
                                    c + 1), d, kind, false});
                        }
                        made += children;
                    } else {
                        direct++;
                        pending.add(new Object[] {add(ids, streetCode + "%03d".formatted(direct), unit + "党支部",
                                "BRANCH", sOrg, direct), d, kind, false});
                        made++;
                    }
                }
            }
            districtEndBranch[d] = pending.size();
        }
        for (Object[] p : pending) {
            rawSizes.add(rawSize((BranchKind) p[2], r));
        }
        int[] sizes = fit(rawSizes, members, r);
        for (int i = 0; i < pending.size(); i++) {
            Object[] p = pending.get(i);
            branches.add(new Branch((int) p[0], (int) p[1], (BranchKind) p[2], sizes[i],
                    Catalog.name(r, r.nextInt(100) < 70), (boolean) p[3]));
        }
    }

    private static BranchKind kind(boolean county, SplittableRandom r) {
        int u = r.nextInt(100);
        if (county) {
            return u < 55 ? BranchKind.VILLAGE : u < 67 ? BranchKind.COMMUNITY : u < 77 ? BranchKind.ORGAN
                    : u < 89 ? BranchKind.COMPANY : u < 95 ? BranchKind.SCHOOL : u < 97 ? BranchKind.HOSPITAL
                    : BranchKind.RETIRED;
        }
        return u < 35 ? BranchKind.COMMUNITY : u < 38 ? BranchKind.VILLAGE : u < 55 ? BranchKind.ORGAN
                : u < 82 ? BranchKind.COMPANY : u < 91 ? BranchKind.SCHOOL : u < 95 ? BranchKind.HOSPITAL
                : BranchKind.RETIRED;
    }

    private static String unitName(BranchKind kind, String place, SplittableRandom r) {
        return switch (kind) {
            case COMMUNITY -> place + Catalog.pick(r, new String[] {"东", "西", "南", "北", "中", "新", ""}) + "社区";
            case VILLAGE -> place + Catalog.pick(r, new String[] {"东", "西", "南", "北", "前", "后", "大", "小"})
                    + "村";
            case ORGAN -> Catalog.pick(r, new String[] {"区发展和改革局", "区教育和体育局", "区财政局", "区民政局",
                "区人力资源和社会保障局", "区住房和城乡建设局", "区卫生健康局", "区市场监督管理局", "区应急管理局",
                "区城市管理局", "区税务局", "区司法局", "区统计局", "区审计局", "区信访局"}) + "机关";
            case COMPANY -> "济南" + Catalog.pick(r, Catalog.COMPANY_STEMS) + Catalog.pick(r, new String[] {"科技",
                "建设", "实业", "物流", "电子", "机械", "食品", "置业", "供水", "热力", "交通"}) + "有限公司";
            case SCHOOL -> place + Catalog.pick(r, new String[] {"小学", "中学", "实验学校", "幼儿园", "职业中专"});
            case HOSPITAL -> place + Catalog.pick(r, new String[] {"社区卫生服务中心", "卫生院", "人民医院", "中医医院"});
            case RETIRED -> place + "离退休干部";
        };
    }

    private static double rawSize(BranchKind kind, SplittableRandom r) {
        double median = switch (kind) {
            case VILLAGE -> 34;
            case COMMUNITY -> 30;
            case ORGAN -> 17;
            case COMPANY -> 19;
            case SCHOOL -> 21;
            case HOSPITAL -> 32;
            case RETIRED -> 42;
        };
        return median * Math.exp(0.6 * r.nextGaussian());
    }

    /** Branch sizes proportional to the draws, at least 3 each (a branch needs three full members), summing to n. */
    private static int[] fit(List<Double> raw, int n, SplittableRandom r) {
        if (n < 3 * raw.size()) {
            throw new IllegalArgumentException(n + " members cannot fill " + raw.size() + " branches of three");
        }
        int[] sizes = new int[raw.size()];
        double sum = raw.stream().mapToDouble(Double::doubleValue).sum();
        int total = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Math.max(3, (int) Math.round(raw.get(i) * n / sum));
            total += sizes[i];
        }
        while (total != n) {
            int i = r.nextInt(sizes.length);
            if (total > n && sizes[i] > 3) {
                sizes[i]--;
                total--;
            } else if (total < n) {
                sizes[i]++;
                total++;
            }
        }
        return sizes;
    }

    private static List<String> shuffled(String[] items, SplittableRandom r) {
        List<String> list = new ArrayList<>(List.of(items));
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
        return list;
    }

    int memberCount() {
        return branches.stream().mapToInt(Branch::size).sum();
    }
}
