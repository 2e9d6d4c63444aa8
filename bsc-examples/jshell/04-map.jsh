// 4. The strategy map: paths, keystones, what-if, and a picture.
// Run from the repository root: ./bsc jshell bsc-examples/jshell/04-map.jsh

var file = Path.of(System.getProperty("bsc.examples", "bsc-examples/documents"), "acme-retail.yaml");
var acme = DocumentReader.readFile(file).scorecard();
var map = StrategyMap.of(acme);
var impact = ImpactAnalysis.of(map);

System.out.println(impact.pathsToOutcomes(ObjectiveId.of("L2"), 10));
System.out.println(impact.countPathsToOutcomes(ObjectiveId.of("L2")));
System.out.println(impact.pathReport(ObjectiveId.of("L2"), ObjectiveId.of("F1"), 2).toJson()); // as bsc paths --json
System.out.println(impact.strongestPaths(ObjectiveId.of("L1"), ObjectiveId.of("F1"), 3));
System.out.println(impact.keystones().subList(0, 3));
System.out.println(impact.whatIf(ObjectiveId.of("L2"), 10, 0.8));

var svg = Files.createTempFile("acme-map", ".svg");
Files.writeString(svg, MapExport.svg(map));
System.out.println("wrote " + svg);
System.out.println(MapExport.mermaid(map).lines().limit(5).toList());
