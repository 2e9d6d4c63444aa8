/**
 * KPI actuals from Excel workbooks: {@link io.github.bsckit.xlsx.ActualsXlsx}.
 */
package io.github.bsckit.xlsx;
