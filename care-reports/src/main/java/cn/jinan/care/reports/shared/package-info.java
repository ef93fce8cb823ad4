/** What every rendering shares: column definitions and the neutralising of formula-like text. */
package cn.jinan.care.reports.shared;
