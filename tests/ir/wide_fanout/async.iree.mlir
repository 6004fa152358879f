#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "rocketlake", cpu_features = "+adx,+aes,+avx,+avx2,+avx512bitalg,+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512ifma,+avx512vbmi,+avx512vbmi2,+avx512vl,+avx512vnni,+avx512vpopcntdq,+bmi,+bmi2,+clflushopt,+cmov,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+gfni,+invpcid,+lzcnt,+mmx,+movbe,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+vaes,+vpclmulqdq,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,+amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,+amx-int8,-amx-movrs,+amx-tile,+avx,+avx10.1,-avx10.2,-avx10v2aux,+avx2,+avx512bf16,+avx512bitalg,-avx512bmm,+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512fp16,+avx512ifma,+avx512vbmi,+avx512vbmi2,+avx512vl,+avx512vnni,-avx512vp2intersect,+avx512vpopcntdq,-avxifma,-avxneconvert,+avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,+cldemote,+clflushopt,+clwb,-clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,+gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,+movdir64b,+movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,-pku,+popcnt,-ppx,+prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,+rtm,+sahf,+serialize,-sgx,+sha,-sha512,-shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,-sse4a,+ssse3,-tbm,+tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 64 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> ()>
#map2 = affine_map<(d0, d1) -> (d1, d0)>
#map3 = affine_map<(d0, d1) -> (d0)>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
"builtin.module"() ({
  "util.global"() <{initial_value = #device_target_local, sym_name = "__device_0", sym_visibility = "private", type = !hal.device}> : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_0", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_0_elementwise_4096_f32, sym_name = "main_dispatch_0_elementwise_4096_f32"}> ({
      %620:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%620#0, %620#1, %620#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_0_elementwise_4096_f32"}> ({
      ^bb0(%arg205: !stream.binding, %arg206: !stream.binding):
        %608 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %609 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %610 = "arith.constant"() <{value = 0 : index}> : () -> index
        %611 = "stream.binding.subspan"(%arg205, %610) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %612 = "stream.binding.subspan"(%arg206, %610) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %613 = "iree_tensor_ext.dispatch.tensor.load"(%611) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %614 = "tensor.extract_slice"(%608) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %615 = "tensor.empty"() : () -> tensor<4096xf32>
        %616 = "linalg.generic"(%613, %614, %615) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg207: f32, %arg208: f32, %arg209: f32):
          %617 = "arith.mulf"(%arg207, %arg208) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %618 = "arith.addf"(%617, %609) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %619 = "math.sin"(%618) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%619) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%616, %612) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_1", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_1_elementwise_4096_f32, sym_name = "main_dispatch_1_elementwise_4096_f32"}> ({
      %607:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%607#0, %607#1, %607#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_1_elementwise_4096_f32"}> ({
      ^bb0(%arg200: !stream.binding, %arg201: !stream.binding):
        %595 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %596 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
        %597 = "arith.constant"() <{value = 0 : index}> : () -> index
        %598 = "stream.binding.subspan"(%arg200, %597) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %599 = "stream.binding.subspan"(%arg201, %597) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %600 = "iree_tensor_ext.dispatch.tensor.load"(%598) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %601 = "tensor.extract_slice"(%595) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 1>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %602 = "tensor.empty"() : () -> tensor<4096xf32>
        %603 = "linalg.generic"(%600, %601, %602) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg202: f32, %arg203: f32, %arg204: f32):
          %604 = "arith.mulf"(%arg202, %arg203) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %605 = "arith.addf"(%604, %596) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %606 = "math.sin"(%605) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%606) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%603, %599) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_2", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_2_elementwise_4096_f32, sym_name = "main_dispatch_2_elementwise_4096_f32"}> ({
      %594:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%594#0, %594#1, %594#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_2_elementwise_4096_f32"}> ({
      ^bb0(%arg195: !stream.binding, %arg196: !stream.binding):
        %582 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %583 = "arith.constant"() <{value = 2.000000e+00 : f32}> : () -> f32
        %584 = "arith.constant"() <{value = 0 : index}> : () -> index
        %585 = "stream.binding.subspan"(%arg195, %584) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %586 = "stream.binding.subspan"(%arg196, %584) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %587 = "iree_tensor_ext.dispatch.tensor.load"(%585) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %588 = "tensor.extract_slice"(%582) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 2>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %589 = "tensor.empty"() : () -> tensor<4096xf32>
        %590 = "linalg.generic"(%587, %588, %589) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg197: f32, %arg198: f32, %arg199: f32):
          %591 = "arith.mulf"(%arg197, %arg198) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %592 = "arith.addf"(%591, %583) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %593 = "math.sin"(%592) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%593) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%590, %586) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_3", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_3_elementwise_4096_f32, sym_name = "main_dispatch_3_elementwise_4096_f32"}> ({
      %581:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%581#0, %581#1, %581#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_3_elementwise_4096_f32"}> ({
      ^bb0(%arg190: !stream.binding, %arg191: !stream.binding):
        %569 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %570 = "arith.constant"() <{value = 3.000000e+00 : f32}> : () -> f32
        %571 = "arith.constant"() <{value = 0 : index}> : () -> index
        %572 = "stream.binding.subspan"(%arg190, %571) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %573 = "stream.binding.subspan"(%arg191, %571) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %574 = "iree_tensor_ext.dispatch.tensor.load"(%572) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %575 = "tensor.extract_slice"(%569) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 3>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %576 = "tensor.empty"() : () -> tensor<4096xf32>
        %577 = "linalg.generic"(%574, %575, %576) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg192: f32, %arg193: f32, %arg194: f32):
          %578 = "arith.mulf"(%arg192, %arg193) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %579 = "arith.addf"(%578, %570) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %580 = "math.sin"(%579) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%580) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%577, %573) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_4", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_4_elementwise_4096_f32, sym_name = "main_dispatch_4_elementwise_4096_f32"}> ({
      %568:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%568#0, %568#1, %568#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_4_elementwise_4096_f32"}> ({
      ^bb0(%arg185: !stream.binding, %arg186: !stream.binding):
        %556 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %557 = "arith.constant"() <{value = 4.000000e+00 : f32}> : () -> f32
        %558 = "arith.constant"() <{value = 0 : index}> : () -> index
        %559 = "stream.binding.subspan"(%arg185, %558) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %560 = "stream.binding.subspan"(%arg186, %558) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %561 = "iree_tensor_ext.dispatch.tensor.load"(%559) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %562 = "tensor.extract_slice"(%556) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 4>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %563 = "tensor.empty"() : () -> tensor<4096xf32>
        %564 = "linalg.generic"(%561, %562, %563) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg187: f32, %arg188: f32, %arg189: f32):
          %565 = "arith.mulf"(%arg187, %arg188) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %566 = "arith.addf"(%565, %557) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %567 = "math.sin"(%566) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%567) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%564, %560) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_5", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_5_elementwise_4096_f32, sym_name = "main_dispatch_5_elementwise_4096_f32"}> ({
      %555:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%555#0, %555#1, %555#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_5_elementwise_4096_f32"}> ({
      ^bb0(%arg180: !stream.binding, %arg181: !stream.binding):
        %543 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %544 = "arith.constant"() <{value = 5.000000e+00 : f32}> : () -> f32
        %545 = "arith.constant"() <{value = 0 : index}> : () -> index
        %546 = "stream.binding.subspan"(%arg180, %545) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %547 = "stream.binding.subspan"(%arg181, %545) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %548 = "iree_tensor_ext.dispatch.tensor.load"(%546) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %549 = "tensor.extract_slice"(%543) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 5>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %550 = "tensor.empty"() : () -> tensor<4096xf32>
        %551 = "linalg.generic"(%548, %549, %550) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg182: f32, %arg183: f32, %arg184: f32):
          %552 = "arith.mulf"(%arg182, %arg183) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %553 = "arith.addf"(%552, %544) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %554 = "math.sin"(%553) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%554) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%551, %547) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_6", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_6_elementwise_4096_f32, sym_name = "main_dispatch_6_elementwise_4096_f32"}> ({
      %542:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%542#0, %542#1, %542#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_6_elementwise_4096_f32"}> ({
      ^bb0(%arg175: !stream.binding, %arg176: !stream.binding):
        %530 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %531 = "arith.constant"() <{value = 6.000000e+00 : f32}> : () -> f32
        %532 = "arith.constant"() <{value = 0 : index}> : () -> index
        %533 = "stream.binding.subspan"(%arg175, %532) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %534 = "stream.binding.subspan"(%arg176, %532) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %535 = "iree_tensor_ext.dispatch.tensor.load"(%533) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %536 = "tensor.extract_slice"(%530) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 6>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %537 = "tensor.empty"() : () -> tensor<4096xf32>
        %538 = "linalg.generic"(%535, %536, %537) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg177: f32, %arg178: f32, %arg179: f32):
          %539 = "arith.mulf"(%arg177, %arg178) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %540 = "arith.addf"(%539, %531) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %541 = "math.sin"(%540) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%541) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%538, %534) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_7", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_7_elementwise_4096_f32, sym_name = "main_dispatch_7_elementwise_4096_f32"}> ({
      %529:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%529#0, %529#1, %529#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_7_elementwise_4096_f32"}> ({
      ^bb0(%arg170: !stream.binding, %arg171: !stream.binding):
        %517 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %518 = "arith.constant"() <{value = 7.000000e+00 : f32}> : () -> f32
        %519 = "arith.constant"() <{value = 0 : index}> : () -> index
        %520 = "stream.binding.subspan"(%arg170, %519) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %521 = "stream.binding.subspan"(%arg171, %519) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %522 = "iree_tensor_ext.dispatch.tensor.load"(%520) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %523 = "tensor.extract_slice"(%517) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 7>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %524 = "tensor.empty"() : () -> tensor<4096xf32>
        %525 = "linalg.generic"(%522, %523, %524) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg172: f32, %arg173: f32, %arg174: f32):
          %526 = "arith.mulf"(%arg172, %arg173) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %527 = "arith.addf"(%526, %518) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %528 = "math.sin"(%527) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%528) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%525, %521) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_8", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_8_elementwise_4096_f32, sym_name = "main_dispatch_8_elementwise_4096_f32"}> ({
      %516:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%516#0, %516#1, %516#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_8_elementwise_4096_f32"}> ({
      ^bb0(%arg165: !stream.binding, %arg166: !stream.binding):
        %504 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %505 = "arith.constant"() <{value = 8.000000e+00 : f32}> : () -> f32
        %506 = "arith.constant"() <{value = 0 : index}> : () -> index
        %507 = "stream.binding.subspan"(%arg165, %506) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %508 = "stream.binding.subspan"(%arg166, %506) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %509 = "iree_tensor_ext.dispatch.tensor.load"(%507) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %510 = "tensor.extract_slice"(%504) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 8>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %511 = "tensor.empty"() : () -> tensor<4096xf32>
        %512 = "linalg.generic"(%509, %510, %511) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg167: f32, %arg168: f32, %arg169: f32):
          %513 = "arith.mulf"(%arg167, %arg168) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %514 = "arith.addf"(%513, %505) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %515 = "math.sin"(%514) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%515) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%512, %508) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_9", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_9_elementwise_4096_f32, sym_name = "main_dispatch_9_elementwise_4096_f32"}> ({
      %503:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%503#0, %503#1, %503#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_9_elementwise_4096_f32"}> ({
      ^bb0(%arg160: !stream.binding, %arg161: !stream.binding):
        %491 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %492 = "arith.constant"() <{value = 9.000000e+00 : f32}> : () -> f32
        %493 = "arith.constant"() <{value = 0 : index}> : () -> index
        %494 = "stream.binding.subspan"(%arg160, %493) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %495 = "stream.binding.subspan"(%arg161, %493) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %496 = "iree_tensor_ext.dispatch.tensor.load"(%494) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %497 = "tensor.extract_slice"(%491) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 9>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %498 = "tensor.empty"() : () -> tensor<4096xf32>
        %499 = "linalg.generic"(%496, %497, %498) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg162: f32, %arg163: f32, %arg164: f32):
          %500 = "arith.mulf"(%arg162, %arg163) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %501 = "arith.addf"(%500, %492) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %502 = "math.sin"(%501) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%502) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%499, %495) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_10", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_10_elementwise_4096_f32, sym_name = "main_dispatch_10_elementwise_4096_f32"}> ({
      %490:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%490#0, %490#1, %490#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_10_elementwise_4096_f32"}> ({
      ^bb0(%arg155: !stream.binding, %arg156: !stream.binding):
        %478 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %479 = "arith.constant"() <{value = 1.000000e+01 : f32}> : () -> f32
        %480 = "arith.constant"() <{value = 0 : index}> : () -> index
        %481 = "stream.binding.subspan"(%arg155, %480) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %482 = "stream.binding.subspan"(%arg156, %480) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %483 = "iree_tensor_ext.dispatch.tensor.load"(%481) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %484 = "tensor.extract_slice"(%478) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 10>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %485 = "tensor.empty"() : () -> tensor<4096xf32>
        %486 = "linalg.generic"(%483, %484, %485) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg157: f32, %arg158: f32, %arg159: f32):
          %487 = "arith.mulf"(%arg157, %arg158) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %488 = "arith.addf"(%487, %479) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %489 = "math.sin"(%488) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%489) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%486, %482) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_11", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_11_elementwise_4096_f32, sym_name = "main_dispatch_11_elementwise_4096_f32"}> ({
      %477:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%477#0, %477#1, %477#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_11_elementwise_4096_f32"}> ({
      ^bb0(%arg150: !stream.binding, %arg151: !stream.binding):
        %465 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %466 = "arith.constant"() <{value = 1.100000e+01 : f32}> : () -> f32
        %467 = "arith.constant"() <{value = 0 : index}> : () -> index
        %468 = "stream.binding.subspan"(%arg150, %467) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %469 = "stream.binding.subspan"(%arg151, %467) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %470 = "iree_tensor_ext.dispatch.tensor.load"(%468) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %471 = "tensor.extract_slice"(%465) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 11>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %472 = "tensor.empty"() : () -> tensor<4096xf32>
        %473 = "linalg.generic"(%470, %471, %472) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg152: f32, %arg153: f32, %arg154: f32):
          %474 = "arith.mulf"(%arg152, %arg153) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %475 = "arith.addf"(%474, %466) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %476 = "math.sin"(%475) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%476) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%473, %469) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_12", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_12_elementwise_4096_f32, sym_name = "main_dispatch_12_elementwise_4096_f32"}> ({
      %464:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%464#0, %464#1, %464#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_12_elementwise_4096_f32"}> ({
      ^bb0(%arg145: !stream.binding, %arg146: !stream.binding):
        %452 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %453 = "arith.constant"() <{value = 1.200000e+01 : f32}> : () -> f32
        %454 = "arith.constant"() <{value = 0 : index}> : () -> index
        %455 = "stream.binding.subspan"(%arg145, %454) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %456 = "stream.binding.subspan"(%arg146, %454) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %457 = "iree_tensor_ext.dispatch.tensor.load"(%455) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %458 = "tensor.extract_slice"(%452) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 12>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %459 = "tensor.empty"() : () -> tensor<4096xf32>
        %460 = "linalg.generic"(%457, %458, %459) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg147: f32, %arg148: f32, %arg149: f32):
          %461 = "arith.mulf"(%arg147, %arg148) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %462 = "arith.addf"(%461, %453) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %463 = "math.sin"(%462) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%463) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%460, %456) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_13", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_13_elementwise_4096_f32, sym_name = "main_dispatch_13_elementwise_4096_f32"}> ({
      %451:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%451#0, %451#1, %451#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_13_elementwise_4096_f32"}> ({
      ^bb0(%arg140: !stream.binding, %arg141: !stream.binding):
        %439 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %440 = "arith.constant"() <{value = 1.300000e+01 : f32}> : () -> f32
        %441 = "arith.constant"() <{value = 0 : index}> : () -> index
        %442 = "stream.binding.subspan"(%arg140, %441) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %443 = "stream.binding.subspan"(%arg141, %441) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %444 = "iree_tensor_ext.dispatch.tensor.load"(%442) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %445 = "tensor.extract_slice"(%439) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 13>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %446 = "tensor.empty"() : () -> tensor<4096xf32>
        %447 = "linalg.generic"(%444, %445, %446) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg142: f32, %arg143: f32, %arg144: f32):
          %448 = "arith.mulf"(%arg142, %arg143) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %449 = "arith.addf"(%448, %440) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %450 = "math.sin"(%449) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%450) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%447, %443) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_14", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_14_elementwise_4096_f32, sym_name = "main_dispatch_14_elementwise_4096_f32"}> ({
      %438:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%438#0, %438#1, %438#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_14_elementwise_4096_f32"}> ({
      ^bb0(%arg135: !stream.binding, %arg136: !stream.binding):
        %426 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %427 = "arith.constant"() <{value = 1.400000e+01 : f32}> : () -> f32
        %428 = "arith.constant"() <{value = 0 : index}> : () -> index
        %429 = "stream.binding.subspan"(%arg135, %428) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %430 = "stream.binding.subspan"(%arg136, %428) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %431 = "iree_tensor_ext.dispatch.tensor.load"(%429) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %432 = "tensor.extract_slice"(%426) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 14>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %433 = "tensor.empty"() : () -> tensor<4096xf32>
        %434 = "linalg.generic"(%431, %432, %433) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg137: f32, %arg138: f32, %arg139: f32):
          %435 = "arith.mulf"(%arg137, %arg138) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %436 = "arith.addf"(%435, %427) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %437 = "math.sin"(%436) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%437) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%434, %430) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_15", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_15_elementwise_4096_f32, sym_name = "main_dispatch_15_elementwise_4096_f32"}> ({
      %425:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%425#0, %425#1, %425#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_15_elementwise_4096_f32"}> ({
      ^bb0(%arg130: !stream.binding, %arg131: !stream.binding):
        %413 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %414 = "arith.constant"() <{value = 1.500000e+01 : f32}> : () -> f32
        %415 = "arith.constant"() <{value = 0 : index}> : () -> index
        %416 = "stream.binding.subspan"(%arg130, %415) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %417 = "stream.binding.subspan"(%arg131, %415) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %418 = "iree_tensor_ext.dispatch.tensor.load"(%416) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %419 = "tensor.extract_slice"(%413) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 15>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %420 = "tensor.empty"() : () -> tensor<4096xf32>
        %421 = "linalg.generic"(%418, %419, %420) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg132: f32, %arg133: f32, %arg134: f32):
          %422 = "arith.mulf"(%arg132, %arg133) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %423 = "arith.addf"(%422, %414) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %424 = "math.sin"(%423) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%424) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%421, %417) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_16", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_16_elementwise_4096_f32, sym_name = "main_dispatch_16_elementwise_4096_f32"}> ({
      %412:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%412#0, %412#1, %412#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_16_elementwise_4096_f32"}> ({
      ^bb0(%arg125: !stream.binding, %arg126: !stream.binding):
        %400 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %401 = "arith.constant"() <{value = 1.600000e+01 : f32}> : () -> f32
        %402 = "arith.constant"() <{value = 0 : index}> : () -> index
        %403 = "stream.binding.subspan"(%arg125, %402) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %404 = "stream.binding.subspan"(%arg126, %402) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %405 = "iree_tensor_ext.dispatch.tensor.load"(%403) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %406 = "tensor.extract_slice"(%400) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 16>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %407 = "tensor.empty"() : () -> tensor<4096xf32>
        %408 = "linalg.generic"(%405, %406, %407) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg127: f32, %arg128: f32, %arg129: f32):
          %409 = "arith.mulf"(%arg127, %arg128) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %410 = "arith.addf"(%409, %401) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %411 = "math.sin"(%410) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%411) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%408, %404) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_17", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_17_elementwise_4096_f32, sym_name = "main_dispatch_17_elementwise_4096_f32"}> ({
      %399:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%399#0, %399#1, %399#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_17_elementwise_4096_f32"}> ({
      ^bb0(%arg120: !stream.binding, %arg121: !stream.binding):
        %387 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %388 = "arith.constant"() <{value = 1.700000e+01 : f32}> : () -> f32
        %389 = "arith.constant"() <{value = 0 : index}> : () -> index
        %390 = "stream.binding.subspan"(%arg120, %389) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %391 = "stream.binding.subspan"(%arg121, %389) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %392 = "iree_tensor_ext.dispatch.tensor.load"(%390) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %393 = "tensor.extract_slice"(%387) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 17>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %394 = "tensor.empty"() : () -> tensor<4096xf32>
        %395 = "linalg.generic"(%392, %393, %394) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg122: f32, %arg123: f32, %arg124: f32):
          %396 = "arith.mulf"(%arg122, %arg123) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %397 = "arith.addf"(%396, %388) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %398 = "math.sin"(%397) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%398) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%395, %391) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_18", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_18_elementwise_4096_f32, sym_name = "main_dispatch_18_elementwise_4096_f32"}> ({
      %386:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%386#0, %386#1, %386#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_18_elementwise_4096_f32"}> ({
      ^bb0(%arg115: !stream.binding, %arg116: !stream.binding):
        %374 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %375 = "arith.constant"() <{value = 1.800000e+01 : f32}> : () -> f32
        %376 = "arith.constant"() <{value = 0 : index}> : () -> index
        %377 = "stream.binding.subspan"(%arg115, %376) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %378 = "stream.binding.subspan"(%arg116, %376) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %379 = "iree_tensor_ext.dispatch.tensor.load"(%377) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %380 = "tensor.extract_slice"(%374) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 18>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %381 = "tensor.empty"() : () -> tensor<4096xf32>
        %382 = "linalg.generic"(%379, %380, %381) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg117: f32, %arg118: f32, %arg119: f32):
          %383 = "arith.mulf"(%arg117, %arg118) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %384 = "arith.addf"(%383, %375) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %385 = "math.sin"(%384) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%385) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%382, %378) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_19", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_19_elementwise_4096_f32, sym_name = "main_dispatch_19_elementwise_4096_f32"}> ({
      %373:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%373#0, %373#1, %373#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_19_elementwise_4096_f32"}> ({
      ^bb0(%arg110: !stream.binding, %arg111: !stream.binding):
        %361 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %362 = "arith.constant"() <{value = 1.900000e+01 : f32}> : () -> f32
        %363 = "arith.constant"() <{value = 0 : index}> : () -> index
        %364 = "stream.binding.subspan"(%arg110, %363) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %365 = "stream.binding.subspan"(%arg111, %363) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %366 = "iree_tensor_ext.dispatch.tensor.load"(%364) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %367 = "tensor.extract_slice"(%361) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 19>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %368 = "tensor.empty"() : () -> tensor<4096xf32>
        %369 = "linalg.generic"(%366, %367, %368) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg112: f32, %arg113: f32, %arg114: f32):
          %370 = "arith.mulf"(%arg112, %arg113) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %371 = "arith.addf"(%370, %362) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %372 = "math.sin"(%371) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%372) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%369, %365) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_20", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_20_elementwise_4096_f32, sym_name = "main_dispatch_20_elementwise_4096_f32"}> ({
      %360:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%360#0, %360#1, %360#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_20_elementwise_4096_f32"}> ({
      ^bb0(%arg105: !stream.binding, %arg106: !stream.binding):
        %348 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %349 = "arith.constant"() <{value = 2.000000e+01 : f32}> : () -> f32
        %350 = "arith.constant"() <{value = 0 : index}> : () -> index
        %351 = "stream.binding.subspan"(%arg105, %350) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %352 = "stream.binding.subspan"(%arg106, %350) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %353 = "iree_tensor_ext.dispatch.tensor.load"(%351) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %354 = "tensor.extract_slice"(%348) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 20>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %355 = "tensor.empty"() : () -> tensor<4096xf32>
        %356 = "linalg.generic"(%353, %354, %355) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg107: f32, %arg108: f32, %arg109: f32):
          %357 = "arith.mulf"(%arg107, %arg108) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %358 = "arith.addf"(%357, %349) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %359 = "math.sin"(%358) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%359) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%356, %352) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_21", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_21_elementwise_4096_f32, sym_name = "main_dispatch_21_elementwise_4096_f32"}> ({
      %347:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%347#0, %347#1, %347#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_21_elementwise_4096_f32"}> ({
      ^bb0(%arg100: !stream.binding, %arg101: !stream.binding):
        %335 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %336 = "arith.constant"() <{value = 2.100000e+01 : f32}> : () -> f32
        %337 = "arith.constant"() <{value = 0 : index}> : () -> index
        %338 = "stream.binding.subspan"(%arg100, %337) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %339 = "stream.binding.subspan"(%arg101, %337) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %340 = "iree_tensor_ext.dispatch.tensor.load"(%338) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %341 = "tensor.extract_slice"(%335) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 21>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %342 = "tensor.empty"() : () -> tensor<4096xf32>
        %343 = "linalg.generic"(%340, %341, %342) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg102: f32, %arg103: f32, %arg104: f32):
          %344 = "arith.mulf"(%arg102, %arg103) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %345 = "arith.addf"(%344, %336) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %346 = "math.sin"(%345) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%346) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%343, %339) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_22", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_22_elementwise_4096_f32, sym_name = "main_dispatch_22_elementwise_4096_f32"}> ({
      %334:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%334#0, %334#1, %334#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_22_elementwise_4096_f32"}> ({
      ^bb0(%arg95: !stream.binding, %arg96: !stream.binding):
        %322 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %323 = "arith.constant"() <{value = 2.200000e+01 : f32}> : () -> f32
        %324 = "arith.constant"() <{value = 0 : index}> : () -> index
        %325 = "stream.binding.subspan"(%arg95, %324) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %326 = "stream.binding.subspan"(%arg96, %324) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %327 = "iree_tensor_ext.dispatch.tensor.load"(%325) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %328 = "tensor.extract_slice"(%322) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 22>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %329 = "tensor.empty"() : () -> tensor<4096xf32>
        %330 = "linalg.generic"(%327, %328, %329) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg97: f32, %arg98: f32, %arg99: f32):
          %331 = "arith.mulf"(%arg97, %arg98) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %332 = "arith.addf"(%331, %323) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %333 = "math.sin"(%332) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%333) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%330, %326) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_23", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_23_elementwise_4096_f32, sym_name = "main_dispatch_23_elementwise_4096_f32"}> ({
      %321:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%321#0, %321#1, %321#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_23_elementwise_4096_f32"}> ({
      ^bb0(%arg90: !stream.binding, %arg91: !stream.binding):
        %309 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %310 = "arith.constant"() <{value = 2.300000e+01 : f32}> : () -> f32
        %311 = "arith.constant"() <{value = 0 : index}> : () -> index
        %312 = "stream.binding.subspan"(%arg90, %311) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %313 = "stream.binding.subspan"(%arg91, %311) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %314 = "iree_tensor_ext.dispatch.tensor.load"(%312) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %315 = "tensor.extract_slice"(%309) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 23>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %316 = "tensor.empty"() : () -> tensor<4096xf32>
        %317 = "linalg.generic"(%314, %315, %316) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg92: f32, %arg93: f32, %arg94: f32):
          %318 = "arith.mulf"(%arg92, %arg93) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %319 = "arith.addf"(%318, %310) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %320 = "math.sin"(%319) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%320) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%317, %313) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_24", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_24_elementwise_4096_f32, sym_name = "main_dispatch_24_elementwise_4096_f32"}> ({
      %308:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%308#0, %308#1, %308#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_24_elementwise_4096_f32"}> ({
      ^bb0(%arg85: !stream.binding, %arg86: !stream.binding):
        %296 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %297 = "arith.constant"() <{value = 2.400000e+01 : f32}> : () -> f32
        %298 = "arith.constant"() <{value = 0 : index}> : () -> index
        %299 = "stream.binding.subspan"(%arg85, %298) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %300 = "stream.binding.subspan"(%arg86, %298) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %301 = "iree_tensor_ext.dispatch.tensor.load"(%299) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %302 = "tensor.extract_slice"(%296) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 24>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %303 = "tensor.empty"() : () -> tensor<4096xf32>
        %304 = "linalg.generic"(%301, %302, %303) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg87: f32, %arg88: f32, %arg89: f32):
          %305 = "arith.mulf"(%arg87, %arg88) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %306 = "arith.addf"(%305, %297) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %307 = "math.sin"(%306) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%307) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%304, %300) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_25", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_25_elementwise_4096_f32, sym_name = "main_dispatch_25_elementwise_4096_f32"}> ({
      %295:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%295#0, %295#1, %295#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_25_elementwise_4096_f32"}> ({
      ^bb0(%arg80: !stream.binding, %arg81: !stream.binding):
        %283 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %284 = "arith.constant"() <{value = 2.500000e+01 : f32}> : () -> f32
        %285 = "arith.constant"() <{value = 0 : index}> : () -> index
        %286 = "stream.binding.subspan"(%arg80, %285) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %287 = "stream.binding.subspan"(%arg81, %285) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %288 = "iree_tensor_ext.dispatch.tensor.load"(%286) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %289 = "tensor.extract_slice"(%283) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 25>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %290 = "tensor.empty"() : () -> tensor<4096xf32>
        %291 = "linalg.generic"(%288, %289, %290) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg82: f32, %arg83: f32, %arg84: f32):
          %292 = "arith.mulf"(%arg82, %arg83) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %293 = "arith.addf"(%292, %284) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %294 = "math.sin"(%293) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%294) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%291, %287) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_26", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_26_elementwise_4096_f32, sym_name = "main_dispatch_26_elementwise_4096_f32"}> ({
      %282:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%282#0, %282#1, %282#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_26_elementwise_4096_f32"}> ({
      ^bb0(%arg75: !stream.binding, %arg76: !stream.binding):
        %270 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %271 = "arith.constant"() <{value = 2.600000e+01 : f32}> : () -> f32
        %272 = "arith.constant"() <{value = 0 : index}> : () -> index
        %273 = "stream.binding.subspan"(%arg75, %272) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %274 = "stream.binding.subspan"(%arg76, %272) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %275 = "iree_tensor_ext.dispatch.tensor.load"(%273) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %276 = "tensor.extract_slice"(%270) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 26>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %277 = "tensor.empty"() : () -> tensor<4096xf32>
        %278 = "linalg.generic"(%275, %276, %277) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg77: f32, %arg78: f32, %arg79: f32):
          %279 = "arith.mulf"(%arg77, %arg78) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %280 = "arith.addf"(%279, %271) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %281 = "math.sin"(%280) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%281) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%278, %274) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_27", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_27_elementwise_4096_f32, sym_name = "main_dispatch_27_elementwise_4096_f32"}> ({
      %269:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%269#0, %269#1, %269#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_27_elementwise_4096_f32"}> ({
      ^bb0(%arg70: !stream.binding, %arg71: !stream.binding):
        %257 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %258 = "arith.constant"() <{value = 2.700000e+01 : f32}> : () -> f32
        %259 = "arith.constant"() <{value = 0 : index}> : () -> index
        %260 = "stream.binding.subspan"(%arg70, %259) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %261 = "stream.binding.subspan"(%arg71, %259) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %262 = "iree_tensor_ext.dispatch.tensor.load"(%260) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %263 = "tensor.extract_slice"(%257) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 27>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %264 = "tensor.empty"() : () -> tensor<4096xf32>
        %265 = "linalg.generic"(%262, %263, %264) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg72: f32, %arg73: f32, %arg74: f32):
          %266 = "arith.mulf"(%arg72, %arg73) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %267 = "arith.addf"(%266, %258) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %268 = "math.sin"(%267) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%268) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%265, %261) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_28", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_28_elementwise_4096_f32, sym_name = "main_dispatch_28_elementwise_4096_f32"}> ({
      %256:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%256#0, %256#1, %256#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_28_elementwise_4096_f32"}> ({
      ^bb0(%arg65: !stream.binding, %arg66: !stream.binding):
        %244 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %245 = "arith.constant"() <{value = 2.800000e+01 : f32}> : () -> f32
        %246 = "arith.constant"() <{value = 0 : index}> : () -> index
        %247 = "stream.binding.subspan"(%arg65, %246) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %248 = "stream.binding.subspan"(%arg66, %246) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %249 = "iree_tensor_ext.dispatch.tensor.load"(%247) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %250 = "tensor.extract_slice"(%244) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 28>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %251 = "tensor.empty"() : () -> tensor<4096xf32>
        %252 = "linalg.generic"(%249, %250, %251) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg67: f32, %arg68: f32, %arg69: f32):
          %253 = "arith.mulf"(%arg67, %arg68) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %254 = "arith.addf"(%253, %245) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %255 = "math.sin"(%254) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%255) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%252, %248) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_29", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_29_elementwise_4096_f32, sym_name = "main_dispatch_29_elementwise_4096_f32"}> ({
      %243:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%243#0, %243#1, %243#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_29_elementwise_4096_f32"}> ({
      ^bb0(%arg60: !stream.binding, %arg61: !stream.binding):
        %231 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %232 = "arith.constant"() <{value = 2.900000e+01 : f32}> : () -> f32
        %233 = "arith.constant"() <{value = 0 : index}> : () -> index
        %234 = "stream.binding.subspan"(%arg60, %233) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %235 = "stream.binding.subspan"(%arg61, %233) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %236 = "iree_tensor_ext.dispatch.tensor.load"(%234) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %237 = "tensor.extract_slice"(%231) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 29>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %238 = "tensor.empty"() : () -> tensor<4096xf32>
        %239 = "linalg.generic"(%236, %237, %238) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg62: f32, %arg63: f32, %arg64: f32):
          %240 = "arith.mulf"(%arg62, %arg63) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %241 = "arith.addf"(%240, %232) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %242 = "math.sin"(%241) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%242) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%239, %235) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_30", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_30_elementwise_4096_f32, sym_name = "main_dispatch_30_elementwise_4096_f32"}> ({
      %230:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%230#0, %230#1, %230#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_30_elementwise_4096_f32"}> ({
      ^bb0(%arg55: !stream.binding, %arg56: !stream.binding):
        %218 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %219 = "arith.constant"() <{value = 3.000000e+01 : f32}> : () -> f32
        %220 = "arith.constant"() <{value = 0 : index}> : () -> index
        %221 = "stream.binding.subspan"(%arg55, %220) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %222 = "stream.binding.subspan"(%arg56, %220) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %223 = "iree_tensor_ext.dispatch.tensor.load"(%221) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %224 = "tensor.extract_slice"(%218) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 30>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %225 = "tensor.empty"() : () -> tensor<4096xf32>
        %226 = "linalg.generic"(%223, %224, %225) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg57: f32, %arg58: f32, %arg59: f32):
          %227 = "arith.mulf"(%arg57, %arg58) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %228 = "arith.addf"(%227, %219) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %229 = "math.sin"(%228) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%229) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%226, %222) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_31", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_31_elementwise_4096_f32, sym_name = "main_dispatch_31_elementwise_4096_f32"}> ({
      %217:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%217#0, %217#1, %217#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_31_elementwise_4096_f32"}> ({
      ^bb0(%arg50: !stream.binding, %arg51: !stream.binding):
        %205 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %206 = "arith.constant"() <{value = 3.100000e+01 : f32}> : () -> f32
        %207 = "arith.constant"() <{value = 0 : index}> : () -> index
        %208 = "stream.binding.subspan"(%arg50, %207) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %209 = "stream.binding.subspan"(%arg51, %207) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %210 = "iree_tensor_ext.dispatch.tensor.load"(%208) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %211 = "tensor.extract_slice"(%205) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 31>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %212 = "tensor.empty"() : () -> tensor<4096xf32>
        %213 = "linalg.generic"(%210, %211, %212) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg52: f32, %arg53: f32, %arg54: f32):
          %214 = "arith.mulf"(%arg52, %arg53) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %215 = "arith.addf"(%214, %206) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %216 = "math.sin"(%215) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%216) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%213, %209) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_32", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_32_elementwise_4096_f32, sym_name = "main_dispatch_32_elementwise_4096_f32"}> ({
      %204:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%204#0, %204#1, %204#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_32_elementwise_4096_f32"}> ({
      ^bb0(%arg45: !stream.binding, %arg46: !stream.binding):
        %192 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %193 = "arith.constant"() <{value = 3.200000e+01 : f32}> : () -> f32
        %194 = "arith.constant"() <{value = 0 : index}> : () -> index
        %195 = "stream.binding.subspan"(%arg45, %194) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %196 = "stream.binding.subspan"(%arg46, %194) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %197 = "iree_tensor_ext.dispatch.tensor.load"(%195) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %198 = "tensor.extract_slice"(%192) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 32>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %199 = "tensor.empty"() : () -> tensor<4096xf32>
        %200 = "linalg.generic"(%197, %198, %199) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg47: f32, %arg48: f32, %arg49: f32):
          %201 = "arith.mulf"(%arg47, %arg48) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %202 = "arith.addf"(%201, %193) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %203 = "math.sin"(%202) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%203) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%200, %196) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_33", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_33_elementwise_4096_f32, sym_name = "main_dispatch_33_elementwise_4096_f32"}> ({
      %191:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%191#0, %191#1, %191#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_33_elementwise_4096_f32"}> ({
      ^bb0(%arg40: !stream.binding, %arg41: !stream.binding):
        %179 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %180 = "arith.constant"() <{value = 3.300000e+01 : f32}> : () -> f32
        %181 = "arith.constant"() <{value = 0 : index}> : () -> index
        %182 = "stream.binding.subspan"(%arg40, %181) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %183 = "stream.binding.subspan"(%arg41, %181) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %184 = "iree_tensor_ext.dispatch.tensor.load"(%182) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %185 = "tensor.extract_slice"(%179) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 33>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %186 = "tensor.empty"() : () -> tensor<4096xf32>
        %187 = "linalg.generic"(%184, %185, %186) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg42: f32, %arg43: f32, %arg44: f32):
          %188 = "arith.mulf"(%arg42, %arg43) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %189 = "arith.addf"(%188, %180) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %190 = "math.sin"(%189) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%190) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%187, %183) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_34", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_34_elementwise_4096_f32, sym_name = "main_dispatch_34_elementwise_4096_f32"}> ({
      %178:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%178#0, %178#1, %178#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_34_elementwise_4096_f32"}> ({
      ^bb0(%arg35: !stream.binding, %arg36: !stream.binding):
        %166 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %167 = "arith.constant"() <{value = 3.400000e+01 : f32}> : () -> f32
        %168 = "arith.constant"() <{value = 0 : index}> : () -> index
        %169 = "stream.binding.subspan"(%arg35, %168) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %170 = "stream.binding.subspan"(%arg36, %168) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %171 = "iree_tensor_ext.dispatch.tensor.load"(%169) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %172 = "tensor.extract_slice"(%166) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 34>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %173 = "tensor.empty"() : () -> tensor<4096xf32>
        %174 = "linalg.generic"(%171, %172, %173) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg37: f32, %arg38: f32, %arg39: f32):
          %175 = "arith.mulf"(%arg37, %arg38) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %176 = "arith.addf"(%175, %167) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %177 = "math.sin"(%176) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%177) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%174, %170) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_35", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_35_elementwise_4096_f32, sym_name = "main_dispatch_35_elementwise_4096_f32"}> ({
      %165:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%165#0, %165#1, %165#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_35_elementwise_4096_f32"}> ({
      ^bb0(%arg30: !stream.binding, %arg31: !stream.binding):
        %153 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %154 = "arith.constant"() <{value = 3.500000e+01 : f32}> : () -> f32
        %155 = "arith.constant"() <{value = 0 : index}> : () -> index
        %156 = "stream.binding.subspan"(%arg30, %155) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %157 = "stream.binding.subspan"(%arg31, %155) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %158 = "iree_tensor_ext.dispatch.tensor.load"(%156) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %159 = "tensor.extract_slice"(%153) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 35>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %160 = "tensor.empty"() : () -> tensor<4096xf32>
        %161 = "linalg.generic"(%158, %159, %160) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg32: f32, %arg33: f32, %arg34: f32):
          %162 = "arith.mulf"(%arg32, %arg33) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %163 = "arith.addf"(%162, %154) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %164 = "math.sin"(%163) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%164) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%161, %157) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_36", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_36_elementwise_4096_f32, sym_name = "main_dispatch_36_elementwise_4096_f32"}> ({
      %152:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%152#0, %152#1, %152#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_36_elementwise_4096_f32"}> ({
      ^bb0(%arg25: !stream.binding, %arg26: !stream.binding):
        %140 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %141 = "arith.constant"() <{value = 3.600000e+01 : f32}> : () -> f32
        %142 = "arith.constant"() <{value = 0 : index}> : () -> index
        %143 = "stream.binding.subspan"(%arg25, %142) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %144 = "stream.binding.subspan"(%arg26, %142) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %145 = "iree_tensor_ext.dispatch.tensor.load"(%143) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %146 = "tensor.extract_slice"(%140) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 36>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %147 = "tensor.empty"() : () -> tensor<4096xf32>
        %148 = "linalg.generic"(%145, %146, %147) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg27: f32, %arg28: f32, %arg29: f32):
          %149 = "arith.mulf"(%arg27, %arg28) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %150 = "arith.addf"(%149, %141) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %151 = "math.sin"(%150) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%151) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%148, %144) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_37", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_37_elementwise_4096_f32, sym_name = "main_dispatch_37_elementwise_4096_f32"}> ({
      %139:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%139#0, %139#1, %139#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_37_elementwise_4096_f32"}> ({
      ^bb0(%arg20: !stream.binding, %arg21: !stream.binding):
        %127 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %128 = "arith.constant"() <{value = 3.700000e+01 : f32}> : () -> f32
        %129 = "arith.constant"() <{value = 0 : index}> : () -> index
        %130 = "stream.binding.subspan"(%arg20, %129) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %131 = "stream.binding.subspan"(%arg21, %129) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %132 = "iree_tensor_ext.dispatch.tensor.load"(%130) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %133 = "tensor.extract_slice"(%127) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 37>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %134 = "tensor.empty"() : () -> tensor<4096xf32>
        %135 = "linalg.generic"(%132, %133, %134) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg22: f32, %arg23: f32, %arg24: f32):
          %136 = "arith.mulf"(%arg22, %arg23) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %137 = "arith.addf"(%136, %128) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %138 = "math.sin"(%137) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%138) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%135, %131) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_38", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_38_elementwise_4096_f32, sym_name = "main_dispatch_38_elementwise_4096_f32"}> ({
      %126:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%126#0, %126#1, %126#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_38_elementwise_4096_f32"}> ({
      ^bb0(%arg15: !stream.binding, %arg16: !stream.binding):
        %114 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %115 = "arith.constant"() <{value = 3.800000e+01 : f32}> : () -> f32
        %116 = "arith.constant"() <{value = 0 : index}> : () -> index
        %117 = "stream.binding.subspan"(%arg15, %116) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %118 = "stream.binding.subspan"(%arg16, %116) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %119 = "iree_tensor_ext.dispatch.tensor.load"(%117) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %120 = "tensor.extract_slice"(%114) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 38>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %121 = "tensor.empty"() : () -> tensor<4096xf32>
        %122 = "linalg.generic"(%119, %120, %121) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg17: f32, %arg18: f32, %arg19: f32):
          %123 = "arith.mulf"(%arg17, %arg18) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %124 = "arith.addf"(%123, %115) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %125 = "math.sin"(%124) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%125) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%122, %118) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_39", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_39_elementwise_4096_f32, sym_name = "main_dispatch_39_elementwise_4096_f32"}> ({
      %113:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%113#0, %113#1, %113#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_39_elementwise_4096_f32"}> ({
      ^bb0(%arg10: !stream.binding, %arg11: !stream.binding):
        %101 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %102 = "arith.constant"() <{value = 3.900000e+01 : f32}> : () -> f32
        %103 = "arith.constant"() <{value = 0 : index}> : () -> index
        %104 = "stream.binding.subspan"(%arg10, %103) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %105 = "stream.binding.subspan"(%arg11, %103) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %106 = "iree_tensor_ext.dispatch.tensor.load"(%104) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %107 = "tensor.extract_slice"(%101) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 39>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %108 = "tensor.empty"() : () -> tensor<4096xf32>
        %109 = "linalg.generic"(%106, %107, %108) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg12: f32, %arg13: f32, %arg14: f32):
          %110 = "arith.mulf"(%arg12, %arg13) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %111 = "arith.addf"(%110, %102) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %112 = "math.sin"(%111) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%112) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%109, %105) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_40", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_40_reduction_4096x40_f32, sym_name = "main_dispatch_40_reduction_4096x40_f32"}> ({
      %100:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%100#0, %100#1, %100#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_40_reduction_4096x40_f32"}> ({
      ^bb0(%arg4: !stream.binding, %arg5: !stream.binding):
        %91 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %92 = "arith.constant"() <{value = 0 : index}> : () -> index
        %93 = "stream.binding.subspan"(%arg4, %92) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<40x4096xf32>>
        %94 = "stream.binding.subspan"(%arg5, %92) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %95 = "iree_tensor_ext.dispatch.tensor.load"(%93) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 40, 4096>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<40x4096xf32>>) -> tensor<40x4096xf32>
        %96 = "tensor.empty"() : () -> tensor<4096xf32>
        %97 = "linalg.fill"(%91, %96) <{operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg8: f32, %arg9: f32):
          "linalg.yield"(%arg8) : (f32) -> ()
        }) : (f32, tensor<4096xf32>) -> tensor<4096xf32>
        %98 = "linalg.generic"(%95, %97) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg6: f32, %arg7: f32):
          %99 = "arith.addf"(%arg6, %arg7) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%99) : (f32) -> ()
        }) : (tensor<40x4096xf32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%98, %94) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "util.func"() <{function_type = (!hal.buffer_view) -> !hal.buffer_view, sym_name = "main", sym_visibility = "public", tied_operands = [-1 : index]}> ({
  ^bb0(%arg0: !hal.buffer_view):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 638976 : index}> : () -> index
    %2 = "arith.constant"() <{value = 622592 : index}> : () -> index
    %3 = "arith.constant"() <{value = 606208 : index}> : () -> index
    %4 = "arith.constant"() <{value = 589824 : index}> : () -> index
    %5 = "arith.constant"() <{value = 573440 : index}> : () -> index
    %6 = "arith.constant"() <{value = 557056 : index}> : () -> index
    %7 = "arith.constant"() <{value = 540672 : index}> : () -> index
    %8 = "arith.constant"() <{value = 524288 : index}> : () -> index
    %9 = "arith.constant"() <{value = 507904 : index}> : () -> index
    %10 = "arith.constant"() <{value = 491520 : index}> : () -> index
    %11 = "arith.constant"() <{value = 475136 : index}> : () -> index
    %12 = "arith.constant"() <{value = 458752 : index}> : () -> index
    %13 = "arith.constant"() <{value = 442368 : index}> : () -> index
    %14 = "arith.constant"() <{value = 425984 : index}> : () -> index
    %15 = "arith.constant"() <{value = 409600 : index}> : () -> index
    %16 = "arith.constant"() <{value = 393216 : index}> : () -> index
    %17 = "arith.constant"() <{value = 376832 : index}> : () -> index
    %18 = "arith.constant"() <{value = 360448 : index}> : () -> index
    %19 = "arith.constant"() <{value = 344064 : index}> : () -> index
    %20 = "arith.constant"() <{value = 327680 : index}> : () -> index
    %21 = "arith.constant"() <{value = 311296 : index}> : () -> index
    %22 = "arith.constant"() <{value = 294912 : index}> : () -> index
    %23 = "arith.constant"() <{value = 278528 : index}> : () -> index
    %24 = "arith.constant"() <{value = 262144 : index}> : () -> index
    %25 = "arith.constant"() <{value = 245760 : index}> : () -> index
    %26 = "arith.constant"() <{value = 229376 : index}> : () -> index
    %27 = "arith.constant"() <{value = 212992 : index}> : () -> index
    %28 = "arith.constant"() <{value = 196608 : index}> : () -> index
    %29 = "arith.constant"() <{value = 180224 : index}> : () -> index
    %30 = "arith.constant"() <{value = 163840 : index}> : () -> index
    %31 = "arith.constant"() <{value = 147456 : index}> : () -> index
    %32 = "arith.constant"() <{value = 131072 : index}> : () -> index
    %33 = "arith.constant"() <{value = 114688 : index}> : () -> index
    %34 = "arith.constant"() <{value = 98304 : index}> : () -> index
    %35 = "arith.constant"() <{value = 81920 : index}> : () -> index
    %36 = "arith.constant"() <{value = 65536 : index}> : () -> index
    %37 = "arith.constant"() <{value = 49152 : index}> : () -> index
    %38 = "arith.constant"() <{value = 32768 : index}> : () -> index
    %39 = "arith.constant"() <{value = 655360 : index}> : () -> index
    %40 = "arith.constant"() <{value = 16384 : index}> : () -> index
    %41 = "arith.constant"() <{value = 64 : index}> : () -> index
    %42 = "hal.element_type"() <{type = f32}> : () -> i32
    %43 = "hal.encoding_type"() : () -> i32
    "hal.buffer_view.assert"(%arg0, %42, %43, %41, %41) <{message = "input0"}> : (!hal.buffer_view, i32, i32, index, index) -> ()
    %44 = "stream.tensor.import"(%arg0, %40) <{affinity = #hal.device.affinity<@__device_0>, result_encoding = tensor<64x64xf32>}> : (!hal.buffer_view, index) -> !stream.resource<external>
    %45:2 = "stream.async.execute"(%44, %40, %40) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 1, 1, 1, 0>, tied_operands = []}> ({
    ^bb0(%arg1: !stream.resource<external>):
      %48 = "stream.async.alloca"(%39) : (index) -> !stream.resource<transient>
      %49 = "stream.async.concurrent"(%arg1, %48, %40, %39, %39) <{operandSegmentSizes = array<i32: 2, 2, 1>, tied_operands = [1 : index]}> ({
      ^bb0(%arg2: !stream.resource<external>, %arg3: !stream.resource<transient>):
        %51 = "stream.async.dispatch"(%arg2, %arg3, %40, %39, %0, %0, %40, %40, %40, %40, %39) <{entry_points = [@main_dispatch_0::@main_dispatch_0_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %52 = "stream.async.dispatch"(%arg2, %51, %40, %39, %0, %40, %40, %38, %40, %40, %39) <{entry_points = [@main_dispatch_1::@main_dispatch_1_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %53 = "stream.async.dispatch"(%arg2, %52, %40, %39, %0, %38, %40, %37, %40, %40, %39) <{entry_points = [@main_dispatch_2::@main_dispatch_2_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %54 = "stream.async.dispatch"(%arg2, %53, %40, %39, %0, %37, %40, %36, %40, %40, %39) <{entry_points = [@main_dispatch_3::@main_dispatch_3_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %55 = "stream.async.dispatch"(%arg2, %54, %40, %39, %0, %36, %40, %35, %40, %40, %39) <{entry_points = [@main_dispatch_4::@main_dispatch_4_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %56 = "stream.async.dispatch"(%arg2, %55, %40, %39, %0, %35, %40, %34, %40, %40, %39) <{entry_points = [@main_dispatch_5::@main_dispatch_5_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %57 = "stream.async.dispatch"(%arg2, %56, %40, %39, %0, %34, %40, %33, %40, %40, %39) <{entry_points = [@main_dispatch_6::@main_dispatch_6_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %58 = "stream.async.dispatch"(%arg2, %57, %40, %39, %0, %33, %40, %32, %40, %40, %39) <{entry_points = [@main_dispatch_7::@main_dispatch_7_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %59 = "stream.async.dispatch"(%arg2, %58, %40, %39, %0, %32, %40, %31, %40, %40, %39) <{entry_points = [@main_dispatch_8::@main_dispatch_8_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %60 = "stream.async.dispatch"(%arg2, %59, %40, %39, %0, %31, %40, %30, %40, %40, %39) <{entry_points = [@main_dispatch_9::@main_dispatch_9_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %61 = "stream.async.dispatch"(%arg2, %60, %40, %39, %0, %30, %40, %29, %40, %40, %39) <{entry_points = [@main_dispatch_10::@main_dispatch_10_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %62 = "stream.async.dispatch"(%arg2, %61, %40, %39, %0, %29, %40, %28, %40, %40, %39) <{entry_points = [@main_dispatch_11::@main_dispatch_11_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %63 = "stream.async.dispatch"(%arg2, %62, %40, %39, %0, %28, %40, %27, %40, %40, %39) <{entry_points = [@main_dispatch_12::@main_dispatch_12_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %64 = "stream.async.dispatch"(%arg2, %63, %40, %39, %0, %27, %40, %26, %40, %40, %39) <{entry_points = [@main_dispatch_13::@main_dispatch_13_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %65 = "stream.async.dispatch"(%arg2, %64, %40, %39, %0, %26, %40, %25, %40, %40, %39) <{entry_points = [@main_dispatch_14::@main_dispatch_14_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %66 = "stream.async.dispatch"(%arg2, %65, %40, %39, %0, %25, %40, %24, %40, %40, %39) <{entry_points = [@main_dispatch_15::@main_dispatch_15_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %67 = "stream.async.dispatch"(%arg2, %66, %40, %39, %0, %24, %40, %23, %40, %40, %39) <{entry_points = [@main_dispatch_16::@main_dispatch_16_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %68 = "stream.async.dispatch"(%arg2, %67, %40, %39, %0, %23, %40, %22, %40, %40, %39) <{entry_points = [@main_dispatch_17::@main_dispatch_17_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %69 = "stream.async.dispatch"(%arg2, %68, %40, %39, %0, %22, %40, %21, %40, %40, %39) <{entry_points = [@main_dispatch_18::@main_dispatch_18_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %70 = "stream.async.dispatch"(%arg2, %69, %40, %39, %0, %21, %40, %20, %40, %40, %39) <{entry_points = [@main_dispatch_19::@main_dispatch_19_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %71 = "stream.async.dispatch"(%arg2, %70, %40, %39, %0, %20, %40, %19, %40, %40, %39) <{entry_points = [@main_dispatch_20::@main_dispatch_20_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %72 = "stream.async.dispatch"(%arg2, %71, %40, %39, %0, %19, %40, %18, %40, %40, %39) <{entry_points = [@main_dispatch_21::@main_dispatch_21_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %73 = "stream.async.dispatch"(%arg2, %72, %40, %39, %0, %18, %40, %17, %40, %40, %39) <{entry_points = [@main_dispatch_22::@main_dispatch_22_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %74 = "stream.async.dispatch"(%arg2, %73, %40, %39, %0, %17, %40, %16, %40, %40, %39) <{entry_points = [@main_dispatch_23::@main_dispatch_23_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %75 = "stream.async.dispatch"(%arg2, %74, %40, %39, %0, %16, %40, %15, %40, %40, %39) <{entry_points = [@main_dispatch_24::@main_dispatch_24_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %76 = "stream.async.dispatch"(%arg2, %75, %40, %39, %0, %15, %40, %14, %40, %40, %39) <{entry_points = [@main_dispatch_25::@main_dispatch_25_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %77 = "stream.async.dispatch"(%arg2, %76, %40, %39, %0, %14, %40, %13, %40, %40, %39) <{entry_points = [@main_dispatch_26::@main_dispatch_26_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %78 = "stream.async.dispatch"(%arg2, %77, %40, %39, %0, %13, %40, %12, %40, %40, %39) <{entry_points = [@main_dispatch_27::@main_dispatch_27_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %79 = "stream.async.dispatch"(%arg2, %78, %40, %39, %0, %12, %40, %11, %40, %40, %39) <{entry_points = [@main_dispatch_28::@main_dispatch_28_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %80 = "stream.async.dispatch"(%arg2, %79, %40, %39, %0, %11, %40, %10, %40, %40, %39) <{entry_points = [@main_dispatch_29::@main_dispatch_29_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %81 = "stream.async.dispatch"(%arg2, %80, %40, %39, %0, %10, %40, %9, %40, %40, %39) <{entry_points = [@main_dispatch_30::@main_dispatch_30_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %82 = "stream.async.dispatch"(%arg2, %81, %40, %39, %0, %9, %40, %8, %40, %40, %39) <{entry_points = [@main_dispatch_31::@main_dispatch_31_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %83 = "stream.async.dispatch"(%arg2, %82, %40, %39, %0, %8, %40, %7, %40, %40, %39) <{entry_points = [@main_dispatch_32::@main_dispatch_32_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %84 = "stream.async.dispatch"(%arg2, %83, %40, %39, %0, %7, %40, %6, %40, %40, %39) <{entry_points = [@main_dispatch_33::@main_dispatch_33_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %85 = "stream.async.dispatch"(%arg2, %84, %40, %39, %0, %6, %40, %5, %40, %40, %39) <{entry_points = [@main_dispatch_34::@main_dispatch_34_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %86 = "stream.async.dispatch"(%arg2, %85, %40, %39, %0, %5, %40, %4, %40, %40, %39) <{entry_points = [@main_dispatch_35::@main_dispatch_35_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %87 = "stream.async.dispatch"(%arg2, %86, %40, %39, %0, %4, %40, %3, %40, %40, %39) <{entry_points = [@main_dispatch_36::@main_dispatch_36_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %88 = "stream.async.dispatch"(%arg2, %87, %40, %39, %0, %3, %40, %2, %40, %40, %39) <{entry_points = [@main_dispatch_37::@main_dispatch_37_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %89 = "stream.async.dispatch"(%arg2, %88, %40, %39, %0, %2, %40, %1, %40, %40, %39) <{entry_points = [@main_dispatch_38::@main_dispatch_38_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %90 = "stream.async.dispatch"(%arg2, %89, %40, %39, %0, %1, %40, %39, %40, %40, %39) <{entry_points = [@main_dispatch_39::@main_dispatch_39_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%90, %39) : (!stream.resource<transient>, index) -> ()
      }) : (!stream.resource<external>, !stream.resource<transient>, index, index, index) -> !stream.resource<transient>
      %50 = "stream.async.dispatch"(%49, %39, %0, %39, %39, %40) <{entry_points = [@main_dispatch_40::@main_dispatch_40_reduction_4096x40_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<external>
      "stream.yield"(%50, %40) : (!stream.resource<external>, index) -> ()
    }) : (!stream.resource<external>, index, index) -> (!stream.resource<external>, !stream.timepoint)
    %46 = "stream.timepoint.await"(%45#0, %40, %45#1) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (!stream.resource<external>, index, !stream.timepoint) -> !stream.resource<external>
    %47 = "stream.tensor.export"(%46, %40) <{affinity = #hal.device.affinity<@__device_0>, source_encoding = tensor<64x64xf32>}> : (!stream.resource<external>, index) -> !hal.buffer_view
    "util.return"(%47) : (!hal.buffer_view) -> ()
  }) {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @main(%input0: tensor<64x64xf32>) -> (%output0: tensor<64x64xf32>)"}} : () -> ()
}) {stream.affinity.default = #hal.device.affinity<@__device_0>} : () -> ()

