#!/usr/bin/env bash
# npm run start:dev: both apps in watch mode against the local services; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
npm run db:migrate
trap 'kill 0' EXIT
npx nest start api --watch --preserveWatchOutput &
npx nest start worker --watch --preserveWatchOutput &
wait
