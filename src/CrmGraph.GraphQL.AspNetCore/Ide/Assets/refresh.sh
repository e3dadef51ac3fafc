#!/usr/bin/env bash
# Refreshes the browser IDE's vendored files from the npm registry at the pinned versions below, with their licences.
# They are committed so that the server serves its IDE with no CDN and no Node.js at build or run time.
# Change a version, run this script, and commit what changed.
set -euo pipefail
cd "$(dirname "$0")"

GRAPHIQL=3.9.0      # the last GraphiQL release with a browser (UMD) bundle; 4 and later ship ES modules for bundlers only
REACT=18.3.1        # the React major GraphiQL 3 is built for; 19 ships no UMD bundles
GRAPHQL_WS=5.16.2   # graphql-transport-ws client

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

unpack() { # package version → folder holding the package's files
  (cd "$work" && npm pack --silent "$1@$2" >/dev/null && mkdir -p "$1" && tar xzf "$1-$2.tgz" -C "$1")
  echo "$work/$1/package"
}

graphiql=$(unpack graphiql "$GRAPHIQL")
react=$(unpack react "$REACT")
react_dom=$(unpack react-dom "$REACT")
graphql_ws=$(unpack graphql-ws "$GRAPHQL_WS")

cp "$graphiql/graphiql.min.js" "$graphiql/graphiql.min.css" .
cp "$graphiql/LICENSE" graphiql.LICENSE
cp "$react/umd/react.production.min.js" .
cp "$react/LICENSE" react.LICENSE
cp "$react_dom/umd/react-dom.production.min.js" .
cp "$react_dom/LICENSE" react-dom.LICENSE
cp "$graphql_ws/umd/graphql-ws.min.js" .
cp "$graphql_ws/LICENSE.md" graphql-ws.LICENSE
# Source maps point at files that are not shipped; browsers would only ask for them in vain.
sed -i '/^\/\/# sourceMappingURL=/d; s|//# sourceMappingURL=[^ ]*$||' graphiql.min.js graphql-ws.min.js
sed -i 's|/\*# sourceMappingURL=[^*]*\*/||' graphiql.min.css

printf 'graphiql %s\nreact %s\nreact-dom %s\ngraphql-ws %s\n' "$GRAPHIQL" "$REACT" "$REACT" "$GRAPHQL_WS" > VERSIONS
