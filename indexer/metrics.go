package indexer

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the indexer's Prometheus series.
type Metrics struct {
	Head         prometheus.Gauge
	Indexed      prometheus.Gauge
	Finalized    prometheus.Gauge
	Lag          prometheus.Gauge
	Events       prometheus.Counter
	Reorgs       prometheus.Counter
	Errors       prometheus.Counter
	Diverged     prometheus.Counter
	BatchSeconds prometheus.Histogram
}

// NewMetrics registers the indexer's series with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Head:      prometheus.NewGauge(prometheus.GaugeOpts{Name: "sharechain_indexer_head_block", Help: "The chain head seen by the indexer."}),
		Indexed:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "sharechain_indexer_indexed_block", Help: "The last block committed to the database."}),
		Finalized: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sharechain_indexer_finalized_block", Help: "The block below which the chain counts as final."}),
		Lag:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "sharechain_indexer_lag_blocks", Help: "Blocks between the head and the last committed block."}),
		Events:    prometheus.NewCounter(prometheus.CounterOpts{Name: "sharechain_indexer_events_total", Help: "Logs committed."}),
		Reorgs:    prometheus.NewCounter(prometheus.CounterOpts{Name: "sharechain_indexer_reorgs_total", Help: "Reorgs rolled back."}),
		Errors:    prometheus.NewCounter(prometheus.CounterOpts{Name: "sharechain_indexer_errors_total", Help: "Failed steps (retried), and reorgs deeper than the finality depth."}),
		Diverged: prometheus.NewCounter(prometheus.CounterOpts{Name: "sharechain_indexer_diverged_total",
			Help: "Runs ended by a reorg deeper than the finality depth: found, or found by an earlier run and not yet repaired (the indexer refuses to start)."}),
		BatchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "sharechain_indexer_batch_seconds",
			Help: "Time to commit one batch.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
	}
	reg.MustRegister(m.Head, m.Indexed, m.Finalized, m.Lag, m.Events, m.Reorgs, m.Errors, m.Diverged, m.BatchSeconds)
	return m
}
