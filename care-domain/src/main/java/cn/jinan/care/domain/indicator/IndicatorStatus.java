package cn.jinan.care.domain.indicator;

import java.math.BigDecimal;

/** An indicator of one organization for one year: the threshold in force, the value entered, and so the state. */
public record IndicatorStatus(Indicator indicator, int year, BigDecimal threshold, BigDecimal value, State state) {

    public enum State {
        MET, NOT_MET, NOT_ENTERED
    }

    public boolean met() {
        return state == State.MET;
    }
}
