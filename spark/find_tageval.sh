# Sourced by spark/test_spark.sh and spark/test_cluster.sh: sets BIN to the tageval
# binary both sides of every comparison run. Any build will do: TAGEVAL_BIN, else the
# release build, else the debug build `cargo test` leaves, else a fresh release build.
BIN=${TAGEVAL_BIN:-}
if [[ -z $BIN ]]; then
    for candidate in target/release/tageval target/debug/tageval; do
        if [[ -x $candidate ]]; then BIN=$candidate; break; fi
    done
fi
if [[ -z $BIN ]]; then
    echo "spark test: building the release binary"
    cargo build --release --locked -p tageval
    BIN=target/release/tageval
fi
BIN=$(realpath "$BIN")
