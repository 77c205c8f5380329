#!/bin/sh
# Empties Manchette's nginx cache: the last step of the publish hook (docs/scaling.md), after the
# app has reloaded its content. Open-source nginx has no purge command; it treats a deleted cache
# file as a miss, so the next reader of each page gets the new version from the app.
# Usage: purge-cache.sh /var/cache/nginx/manchette   (the proxy_cache_path directory)
set -eu

cache_dir="${1:-}"
if [ -z "$cache_dir" ] || [ ! -d "$cache_dir" ]; then
  echo "purge-cache: give the proxy_cache_path directory (got \"$cache_dir\")" >&2
  exit 2
fi
case "$(cd "$cache_dir" && pwd -P)" in
  / | /etc | /usr | /var | /home | /root | /tmp)
    echo "purge-cache: refusing to empty $cache_dir" >&2
    exit 2
    ;;
esac

find "$cache_dir" -mindepth 1 -type f -delete
echo "purge-cache: emptied $cache_dir"
