#version 450
// A triangle that covers the whole viewport, with UVs in [0,1] over the screen: the base of every
// full-screen pass (tone mapping, comparisons, the "Simulated" stamp).

layout(location = 0) out vec2 outUv;

void main() {
    outUv = vec2((gl_VertexIndex << 1) & 2, gl_VertexIndex & 2);
    gl_Position = vec4(outUv * 2.0 - 1.0, 0.0, 1.0);
}
