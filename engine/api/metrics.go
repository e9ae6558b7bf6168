package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the server's Prometheus metrics, on the registry given to
// NewMetrics (never the global one).
type Metrics struct {
	Duration   *prometheus.HistogramVec
	InFlight   prometheus.Gauge
	RoundTrips prometheus.Counter
}

// NewMetrics registers the server's metrics plus the Go and process
// collectors.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "engine", Subsystem: "http", Name: "request_duration_seconds",
			Help:    "Time to serve a request, by route template, method and status code.",
			Buckets: prometheus.ExponentialBucketsRange(0.0005, 30, 40),
		}, []string{"route", "method", "status"}),
		InFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: "engine", Subsystem: "http", Name: "requests_in_flight",
			Help: "Requests being served.",
		}),
		RoundTrips: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "engine", Subsystem: "db", Name: "round_trips_total",
			Help: "Database round trips (a statement, a pipelined batch or a COPY each count once).",
		}),
	}
	reg.MustRegister(m.Duration, m.InFlight, m.RoundTrips,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

func (m *Metrics) instrument(route string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		m.InFlight.Inc()
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			m.InFlight.Dec()
			status := rec.status
			if status == 0 {
				status = http.StatusOK
			}
			m.Duration.WithLabelValues(route, r.Method, strconv.Itoa(status)).Observe(time.Since(start).Seconds())
		}()
		h.ServeHTTP(rec, r)
	})
}

// PoolCollector exports pgxpool statistics.
type PoolCollector struct {
	pool                                          *pgxpool.Pool
	acquired, idle, total, max, constructing      *prometheus.Desc
	acquires, emptyAcquires, canceled, acquireDur *prometheus.Desc
}

// NewPoolCollector describes a pool's statistics.
func NewPoolCollector(pool *pgxpool.Pool) *PoolCollector {
	d := func(name, help string) *prometheus.Desc {
		return prometheus.NewDesc(prometheus.BuildFQName("engine", "db_pool", name), help, nil, nil)
	}
	return &PoolCollector{pool: pool,
		acquired:      d("acquired_connections", "Connections currently checked out."),
		idle:          d("idle_connections", "Idle connections."),
		total:         d("connections", "Connections open (acquired, idle and being built)."),
		max:           d("max_connections", "Pool size limit."),
		constructing:  d("constructing_connections", "Connections being established."),
		acquires:      d("acquires_total", "Successful acquisitions."),
		emptyAcquires: d("empty_acquires_total", "Acquisitions that had to wait for a connection."),
		canceled:      d("canceled_acquires_total", "Acquisitions canceled by their context."),
		acquireDur:    d("acquire_wait_seconds_total", "Total time spent acquiring connections."),
	}
}

// Describe implements prometheus.Collector.
func (c *PoolCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.acquired, c.idle, c.total, c.max, c.constructing, c.acquires, c.emptyAcquires, c.canceled, c.acquireDur} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *PoolCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.pool.Stat()
	g := func(d *prometheus.Desc, v float64) { ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v) }
	k := func(d *prometheus.Desc, v float64) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, v)
	}
	g(c.acquired, float64(s.AcquiredConns()))
	g(c.idle, float64(s.IdleConns()))
	g(c.total, float64(s.TotalConns()))
	g(c.max, float64(s.MaxConns()))
	g(c.constructing, float64(s.ConstructingConns()))
	k(c.acquires, float64(s.AcquireCount()))
	k(c.emptyAcquires, float64(s.EmptyAcquireCount()))
	k(c.canceled, float64(s.CanceledAcquireCount()))
	k(c.acquireDur, s.AcquireDuration().Seconds())
}
