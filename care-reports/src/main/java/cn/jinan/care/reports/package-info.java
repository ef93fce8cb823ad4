/** Renderings of the product's tables and yearly reports (xlsx, PDF, CSV); rows are streamed, never collected. */
package cn.jinan.care.reports;
