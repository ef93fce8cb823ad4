/**
 * The organization department's and the secretaries' annual compliance dashboard (issue 6): per rule what the policy
 * required and what was done, the child organizations ranked, the members behind each figure, the open obligations,
 * exports, and the printable scorecard for the grassroots party-building review (述职评议考核, the final article). Reads
 * the compliance summaries only, never raw records.
 */
package cn.jinan.care.web.dashboard;
