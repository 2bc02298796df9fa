#!/usr/bin/env bash
# npm run demo: install if needed, start PostgreSQL and Redis, build, migrate, then play the
# sample consultation (scripts/demo.ts) against freshly started API and worker processes.
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/convene}"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

echo "== checking PostgreSQL and Redis"
bash scripts/services.sh

echo "== building the API and the worker"
npm run --silent build || { echo "demo: the build failed" >&2; exit 1; }

echo "== migrating $(echo "$DATABASE_URL" | sed -E 's#//[^@/]*@#//#')"
npm run --silent db:migrate || { echo "demo: the migration failed" >&2; exit 1; }

exec npx tsx scripts/demo.ts
