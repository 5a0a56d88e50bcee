package ir.shenava.servicerecords.web;

import java.util.ArrayList;
import java.util.List;

import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.JalaliQuarter;

/**
 * The periods a sample review can be started for, as one control: per Jalali year (newest first)
 * its quarters and then its months, none in the future. The values are what {@code ReviewPeriod}
 * reads ("1405-Q3", "1405/08"); the page shows them in words.
 */
record ReviewPeriodChoices(int year, List<JalaliQuarter> quarters, List<Integer> months) {

    static List<ReviewPeriodChoices> lastYears(JalaliDate today, int years) {
        List<ReviewPeriodChoices> choices = new ArrayList<>();
        for (int y = today.year(); y > today.year() - years; y--) {
            int lastMonth = y == today.year() ? today.month() : 12;
            List<JalaliQuarter> quarters = new ArrayList<>();
            for (int q = (lastMonth + 2) / 3; q >= 1; q--) {
                quarters.add(new JalaliQuarter(y, q));
            }
            List<Integer> months = new ArrayList<>();
            for (int m = lastMonth; m >= 1; m--) {
                months.add(m);
            }
            choices.add(new ReviewPeriodChoices(y, quarters, months));
        }
        return choices;
    }

    /** "1405/08": the value of a month's option. */
    public String monthValue(int month) {
        return year + "/" + (month < 10 ? "0" : "") + month;
    }
}
