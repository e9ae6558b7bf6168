package store

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// Retry runs fn — one whole transaction — until it succeeds, fails with an
// error that a retry cannot cure, or has been retried maxRetries times, in
// which case the client gets a 503 rather than the database's error.
// PostgreSQL's deadlocks (40P01) and serialization failures (40001) are
// the transient errors; retries back off with jitter.
func Retry(ctx context.Context, maxRetries int, fn func() error) error {
	var err error
	for attempt := 0; attempt <= maxRetries; attempt++ {
		err = fn()
		if !IsTransient(err) {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		backoff(ctx, attempt)
	}
	return Unavailable("the write kept conflicting with concurrent writes (deadlock or serialization failure) and was abandoned after retries; retry later: " + err.Error())
}

// IsTransient reports a PostgreSQL deadlock or serialization failure.
func IsTransient(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code == "40P01" || pe.Code == "40001"
	}
	return false
}

func backoff(ctx context.Context, attempt int) {
	d := time.Duration(5*(1<<attempt)) * time.Millisecond
	d += time.Duration(rand.Int64N(int64(d)))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
