package cn.jinan.care.domain.indicator;

/** 第25条 the five smalls of a street/town: which are in place. */
public record FiveSmalls(boolean canteen, boolean dormitory, boolean bathroom, boolean library,
        boolean activityRoom) {

    public static final int ALL = 5;

    public int inPlace() {
        return (canteen ? 1 : 0) + (dormitory ? 1 : 0) + (bathroom ? 1 : 0) + (library ? 1 : 0)
                + (activityRoom ? 1 : 0);
    }
}
