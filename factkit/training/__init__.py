"""Model fitting: run from ``scripts/``, never imported by the runtime stages."""
