#version 450
// Fills the target with one colour; the smallest fragment shader, used to check the pipeline.

layout(push_constant) uniform Push {
    vec4 color;
} push;

layout(location = 0) in vec2 inUv;
layout(location = 0) out vec4 outColor;

void main() {
    outColor = vec4(push.color.rgb, 1.0);
}
