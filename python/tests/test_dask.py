"""A 2.4 M-row panel (2,000 areas x 100 indicators x 12 months) evaluated on
a Dask LocalCluster of two worker processes equals the single-process
result row for row; the cluster shuts down in bounded time. Prints the
throughput of both."""

import time

import pandas as pd
import pytest

import plantarget as pt

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.dataframe")

import dask_panel  # noqa: E402  (python/examples/dask_panel.py, on the path through conftest)

AREAS, INDICATORS, MONTHS, PARTS = 2000, 100, 12, 8
SHUTDOWN_LIMIT_SECONDS = 30.0


def test_panel_on_local_cluster_equals_single_process():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    client = distributed.Client(cluster)
    try:
        client.upload_file(dask_panel.__file__)
        t = dask_panel.run(client, PARTS, AREAS // PARTS, INDICATORS, MONTHS)
        expected, got = t["expected"], t["distributed"]
        assert len(got) == AREAS * INDICATORS * MONTHS == 2_400_000
        dask_panel.assert_same_rows(got, expected)
        # The panel exercises every kind of row, not only the easy ones.
        verdicts = set(expected["verdict"].unique())
        assert {"exceeded", "achieved", "not_achieved", "not_assessable"} <= verdicts
        assert {"zero_base", "opposite_signs"} <= set(expected["growth_reason"].unique())
        print()
        print(dask_panel.report(t, workers=2))
    finally:
        t0 = time.perf_counter()
        client.close(timeout=SHUTDOWN_LIMIT_SECONDS)
        cluster.close(timeout=SHUTDOWN_LIMIT_SECONDS)
        shutdown = time.perf_counter() - t0
    print(f"cluster shutdown: {shutdown:.2f} s")
    assert shutdown < SHUTDOWN_LIMIT_SECONDS
    assert cluster.status.name == "closed"


def test_the_row_check_finds_a_difference():
    df = pt.evaluate(dask_panel.make_partition(0, 2, 10, 12), **dask_panel.EVALUATE_COLUMNS)
    dask_panel.assert_same_rows(df, df.copy())
    changed = df.copy()
    changed.iloc[5, changed.columns.get_loc("verdict")] = "pending" if df["verdict"].iloc[5] != "pending" else "achieved"
    with pytest.raises(AssertionError, match="verdict"):
        dask_panel.assert_same_rows(changed, df)
    with pytest.raises(AssertionError, match="same rows"):
        dask_panel.assert_same_rows(df.iloc[::-1], df)


def test_partitioning_does_not_change_the_result():
    # Without a cluster: the synchronous scheduler, uneven partitions.
    import dask
    import dask.dataframe as dd

    import plantarget.dask as ptd

    df = dask_panel.make_partition(0, 30, 10, 12)
    ddf = dd.from_pandas(df, npartitions=7)
    with dask.config.set(scheduler="synchronous"):
        got = ptd.evaluate(ddf, what="growth", **dask_panel.EVALUATE_COLUMNS).compute()
    pd.testing.assert_frame_equal(got, pt.evaluate(df, what="growth", **dask_panel.EVALUATE_COLUMNS), check_exact=True)
