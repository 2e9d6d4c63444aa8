#!/usr/bin/env python3
"""The networkx peer of bsc-kit's map benchmarks: the same structural checks as MapValidationBenchmark's
JGraphT baseline, and betweenness centrality as KeystoneBenchmark's, on the very graphs the Java side measures
(exported by io.github.bsckit.benchmarks.PeerExport). Prints the median of several runs per size, in ms.

Usage (from the repository root, after `mvn -B -ntp -pl bsc-benchmarks -am package -DskipTests`):
    java -cp bsc-benchmarks/target/benchmarks.jar io.github.bsckit.benchmarks.PeerExport target/peers 1000 10000
    python3 bsc-benchmarks/peers/networkx_peer.py target/peers/mesh-1000.tsv target/peers/mesh-10000.tsv
Options: --runs N (default 5), --betweenness-max N (largest map to time betweenness on; default 1000, as
networkx's Brandes takes minutes at 10,000 objectives).
"""
import argparse
import statistics
import sys
import time

import networkx as nx


def load(path):
    g = nx.DiGraph()
    rank = {}
    edges = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            kind, a, b = line.rstrip("\n").split("\t")
            if kind == "node":
                rank[a] = int(b)
            else:
                edges.append((a, b))
    return rank, edges


def structural_problems(rank, edges):
    """The same checks, in the same order, as MapValidationBenchmark.structuralProblems."""
    g = nx.DiGraph()
    g.add_nodes_from(rank)
    top = max(rank.values())
    outcomes = [v for v, r in rank.items() if r == top]
    problems = 0
    for a, b in edges:
        if a == b or g.has_edge(a, b):
            problems += 1
            continue
        g.add_edge(a, b)
        if rank[b] - rank[a] != 1:
            problems += 1
    if not nx.is_directed_acyclic_graph(g):
        problems += 1
    # One pass from all outcomes against the links, as the Java side's single reverse breadth-first search.
    reaches_top = set(nx.multi_source_dijkstra_path_length(g.reverse(copy=False), outcomes))
    for v in g.nodes:
        if g.degree(v) == 0:
            problems += 1
        elif v not in reaches_top:
            problems += 1
        elif rank[v] == top and g.in_degree(v) == 0:
            problems += 1
    return problems, g


def median_ms(fn, runs):
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--betweenness-max", type=int, default=1000)
    args = ap.parse_args()
    print(f"networkx {nx.__version__}, python {sys.version.split()[0]}, median of {args.runs} runs")
    for path in args.files:
        rank, edges = load(path)
        ms, (problems, g) = median_ms(lambda: structural_problems(rank, edges), args.runs)
        print(f"{path}: {len(rank)} objectives, {len(edges)} links: structural checks {ms:.1f} ms"
              f" ({problems} problems)")
        if len(rank) <= args.betweenness_max:
            ms, _ = median_ms(lambda: nx.betweenness_centrality(g, normalized=False), max(1, args.runs // 2))
            print(f"{path}: betweenness centrality {ms:.1f} ms")


if __name__ == "__main__":
    main()
