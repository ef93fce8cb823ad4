/**
 * What every page shares: error mapping, formatting of dates and enum labels, paging links, form error handling.
 */
package cn.jinan.care.web.shared;
