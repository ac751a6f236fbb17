"""Images and documents in S3-compatible object storage (django-storages), configured from the environment.

Production settings call `s3_storage(os.environ)` when AWS_STORAGE_BUCKET_NAME is
set; the object-storage tests call it with their own mapping, so the settings and
the tests build the storage the same way.
"""

S3_BACKEND = "storages.backends.s3.S3Storage"


def _flag(environ, name, default):
    return environ.get(name, default).strip().lower() in ("1", "true", "yes", "on")


def s3_storage(environ):
    """The STORAGES entry for the bucket named in `environ`.

    Media are public (the API hands out their URLs to every reader), so URLs carry
    no signature by default (AWS_QUERYSTRING_AUTH=false): they stay stable and can be
    cached by a CDN. AWS_S3_CUSTOM_DOMAIN puts that CDN's host name in every URL.
    Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or from the
    machine's role when those are unset (boto3's usual chain).
    """
    options = {
        "bucket_name": environ["AWS_STORAGE_BUCKET_NAME"],
        "querystring_auth": _flag(environ, "AWS_QUERYSTRING_AUTH", "false"),
        # Never replace an object by another of the same name: a cached URL would show the new file.
        "file_overwrite": False,
    }
    optional = {
        "endpoint_url": "AWS_S3_ENDPOINT_URL",
        "region_name": "AWS_S3_REGION_NAME",
        "custom_domain": "AWS_S3_CUSTOM_DOMAIN",
        "access_key": "AWS_ACCESS_KEY_ID",
        "secret_key": "AWS_SECRET_ACCESS_KEY",
        "location": "AWS_LOCATION",
    }
    for option, name in optional.items():
        if environ.get(name, "").strip():
            options[option] = environ[name].strip()
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}
