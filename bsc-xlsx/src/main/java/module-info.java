/**
 * bsc-xlsx: KPI actuals from Excel workbooks, in the long shape ({@code kpi, date, value}) or the wide one (one
 * row per KPI, one column per date). Start with {@link io.github.bsckit.xlsx.ActualsXlsx#reader()}.
 */
module io.github.bsckit.xlsx {
  requires transitive io.github.bsckit.core;
  requires org.dhatim.fastexcel.reader;

  exports io.github.bsckit.xlsx;
}
