package telemetry

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the ingester's Prometheus metrics (namespace sharechain, subsystem
// telemetry).
type metrics struct {
	readings *prometheus.CounterVec // transport, result, reason
	commit   prometheus.Histogram
	group    prometheus.Histogram
}

// anchorMetrics are the anchorer's.
type anchorMetrics struct {
	epochs       prometheus.Counter
	epochReads   prometheus.Counter
	build        prometheus.Histogram
	anchored     prometheus.Gauge
	anchors      prometheus.Counter
	anchorErrors prometheus.Counter
	sender       prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		readings: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "readings_total",
			Help: "Readings received, by transport (http, mqtt), result (accepted, duplicate, refused) and reason (empty unless refused). A batch refused whole (malformed, oversize) counts once."},
			[]string{"transport", "result", "reason"}),
		commit: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "write_seconds",
			Help: "Time to check and store one group of readings (one transaction).", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
		group: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "write_readings",
			Help: "Readings per write transaction.", Buckets: prometheus.ExponentialBuckets(1, 4, 8)}),
	}
	for _, t := range []string{TransportHTTP, TransportMQTT} {
		m.readings.WithLabelValues(t, string(Accepted), "")
		m.readings.WithLabelValues(t, string(Duplicate), "")
		for _, r := range Reasons {
			m.readings.WithLabelValues(t, string(Refused), string(r))
		}
	}
	if reg != nil {
		reg.MustRegister(m.readings, m.commit, m.group)
	}
	return m
}

func newAnchorMetrics(reg prometheus.Registerer) *anchorMetrics {
	m := &anchorMetrics{
		epochs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "epochs_built_total",
			Help: "Epochs built (their tree stored)."}),
		epochReads: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "epoch_readings_total",
			Help: "Readings in the epochs built."}),
		build: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "epoch_build_seconds",
			Help: "Time to build and store one epoch's tree.", Buckets: prometheus.ExponentialBuckets(0.01, 2, 12)}),
		anchored: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "anchored_epoch",
			Help: "The last epoch the chain shows anchored (TelemetryAnchor.lastEpoch)."}),
		anchors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "anchor_transactions_total",
			Help: "Anchor transactions mined successfully."}),
		anchorErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "anchor_errors_total",
			Help: "Failed anchoring rounds (retried at the next interval)."}),
		sender: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sharechain", Subsystem: "telemetry", Name: "anchor_sender",
			Help: "1 when this service held the chain's anchor lock at its last round (it sends the anchors), 0 when another service did."}),
	}
	if reg != nil {
		reg.MustRegister(m.epochs, m.epochReads, m.build, m.anchored, m.anchors, m.anchorErrors, m.sender)
	}
	return m
}

func (m *metrics) count(transport string, s Status, r Reason) {
	m.readings.WithLabelValues(transport, string(s), string(r)).Inc()
}

func (m *metrics) refusedWhole(transport string, r Reason) { m.count(transport, Refused, r) }
