# The sample application's bake file: one target, its base image a variable so the demo (or a
# team with a registry mirror) can point it elsewhere. Platforms and tags come from the caller
# (multiarch-bake's platforms, tags and platform-tag-suffix inputs).
variable "BASE_IMAGE" {
  default = "busybox:stable"
}

group "default" {
  targets = ["app"]
}

target "app" {
  context    = "."
  dockerfile = "Dockerfile"
  args = {
    BASE_IMAGE = BASE_IMAGE
  }
}
