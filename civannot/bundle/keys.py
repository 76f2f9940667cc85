"""The meta keys a bundle and the lead's project keep about bundles."""

BUNDLE_META = "bundle"  # in a bundle: who it belongs to (BundleInfo)
STATE_META = "bundle_state"  # in a bundle: its annotator's layer when it was made (the baseline)
RECORD_PREFIX = "bundle:"  # in the lead: "bundle:<id>", the bundle as last merged
# meta keys that describe the file itself, not the project's settings
OWN_META = {"app", "uuid", "kind", "created", "schema", "schema_version", BUNDLE_META, STATE_META}
