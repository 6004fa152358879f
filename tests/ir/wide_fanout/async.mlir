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
      %619:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%619#0, %619#1, %619#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_0_elementwise_4096_f32"}> ({
      ^bb0(%arg203: !stream.binding, %arg204: !stream.binding):
        %607 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %608 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %609 = "arith.constant"() <{value = 0 : index}> : () -> index
        %610 = "stream.binding.subspan"(%arg203, %609) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %611 = "stream.binding.subspan"(%arg204, %609) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %612 = "iree_tensor_ext.dispatch.tensor.load"(%610) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %613 = "tensor.extract_slice"(%607) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %614 = "tensor.empty"() : () -> tensor<4096xf32>
        %615 = "linalg.generic"(%612, %613, %614) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg205: f32, %arg206: f32, %arg207: f32):
          %616 = "arith.mulf"(%arg205, %arg206) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %617 = "arith.addf"(%616, %608) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %618 = "math.sin"(%617) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%618) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%615, %611) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_1", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_1_elementwise_4096_f32, sym_name = "main_dispatch_1_elementwise_4096_f32"}> ({
      %606:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%606#0, %606#1, %606#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_1_elementwise_4096_f32"}> ({
      ^bb0(%arg198: !stream.binding, %arg199: !stream.binding):
        %594 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %595 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
        %596 = "arith.constant"() <{value = 0 : index}> : () -> index
        %597 = "stream.binding.subspan"(%arg198, %596) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %598 = "stream.binding.subspan"(%arg199, %596) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %599 = "iree_tensor_ext.dispatch.tensor.load"(%597) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %600 = "tensor.extract_slice"(%594) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 1>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %601 = "tensor.empty"() : () -> tensor<4096xf32>
        %602 = "linalg.generic"(%599, %600, %601) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg200: f32, %arg201: f32, %arg202: f32):
          %603 = "arith.mulf"(%arg200, %arg201) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %604 = "arith.addf"(%603, %595) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %605 = "math.sin"(%604) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%605) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%602, %598) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_2", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_2_elementwise_4096_f32, sym_name = "main_dispatch_2_elementwise_4096_f32"}> ({
      %593:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%593#0, %593#1, %593#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_2_elementwise_4096_f32"}> ({
      ^bb0(%arg193: !stream.binding, %arg194: !stream.binding):
        %581 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %582 = "arith.constant"() <{value = 2.000000e+00 : f32}> : () -> f32
        %583 = "arith.constant"() <{value = 0 : index}> : () -> index
        %584 = "stream.binding.subspan"(%arg193, %583) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %585 = "stream.binding.subspan"(%arg194, %583) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %586 = "iree_tensor_ext.dispatch.tensor.load"(%584) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %587 = "tensor.extract_slice"(%581) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 2>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %588 = "tensor.empty"() : () -> tensor<4096xf32>
        %589 = "linalg.generic"(%586, %587, %588) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg195: f32, %arg196: f32, %arg197: f32):
          %590 = "arith.mulf"(%arg195, %arg196) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %591 = "arith.addf"(%590, %582) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %592 = "math.sin"(%591) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%592) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%589, %585) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_3", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_3_elementwise_4096_f32, sym_name = "main_dispatch_3_elementwise_4096_f32"}> ({
      %580:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%580#0, %580#1, %580#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_3_elementwise_4096_f32"}> ({
      ^bb0(%arg188: !stream.binding, %arg189: !stream.binding):
        %568 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %569 = "arith.constant"() <{value = 3.000000e+00 : f32}> : () -> f32
        %570 = "arith.constant"() <{value = 0 : index}> : () -> index
        %571 = "stream.binding.subspan"(%arg188, %570) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %572 = "stream.binding.subspan"(%arg189, %570) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %573 = "iree_tensor_ext.dispatch.tensor.load"(%571) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %574 = "tensor.extract_slice"(%568) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 3>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %575 = "tensor.empty"() : () -> tensor<4096xf32>
        %576 = "linalg.generic"(%573, %574, %575) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg190: f32, %arg191: f32, %arg192: f32):
          %577 = "arith.mulf"(%arg190, %arg191) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %578 = "arith.addf"(%577, %569) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %579 = "math.sin"(%578) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%579) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%576, %572) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_4", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_4_elementwise_4096_f32, sym_name = "main_dispatch_4_elementwise_4096_f32"}> ({
      %567:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%567#0, %567#1, %567#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_4_elementwise_4096_f32"}> ({
      ^bb0(%arg183: !stream.binding, %arg184: !stream.binding):
        %555 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %556 = "arith.constant"() <{value = 4.000000e+00 : f32}> : () -> f32
        %557 = "arith.constant"() <{value = 0 : index}> : () -> index
        %558 = "stream.binding.subspan"(%arg183, %557) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %559 = "stream.binding.subspan"(%arg184, %557) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %560 = "iree_tensor_ext.dispatch.tensor.load"(%558) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %561 = "tensor.extract_slice"(%555) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 4>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %562 = "tensor.empty"() : () -> tensor<4096xf32>
        %563 = "linalg.generic"(%560, %561, %562) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg185: f32, %arg186: f32, %arg187: f32):
          %564 = "arith.mulf"(%arg185, %arg186) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %565 = "arith.addf"(%564, %556) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %566 = "math.sin"(%565) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%566) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%563, %559) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_5", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_5_elementwise_4096_f32, sym_name = "main_dispatch_5_elementwise_4096_f32"}> ({
      %554:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%554#0, %554#1, %554#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_5_elementwise_4096_f32"}> ({
      ^bb0(%arg178: !stream.binding, %arg179: !stream.binding):
        %542 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %543 = "arith.constant"() <{value = 5.000000e+00 : f32}> : () -> f32
        %544 = "arith.constant"() <{value = 0 : index}> : () -> index
        %545 = "stream.binding.subspan"(%arg178, %544) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %546 = "stream.binding.subspan"(%arg179, %544) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %547 = "iree_tensor_ext.dispatch.tensor.load"(%545) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %548 = "tensor.extract_slice"(%542) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 5>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %549 = "tensor.empty"() : () -> tensor<4096xf32>
        %550 = "linalg.generic"(%547, %548, %549) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg180: f32, %arg181: f32, %arg182: f32):
          %551 = "arith.mulf"(%arg180, %arg181) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %552 = "arith.addf"(%551, %543) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %553 = "math.sin"(%552) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%553) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%550, %546) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_6", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_6_elementwise_4096_f32, sym_name = "main_dispatch_6_elementwise_4096_f32"}> ({
      %541:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%541#0, %541#1, %541#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_6_elementwise_4096_f32"}> ({
      ^bb0(%arg173: !stream.binding, %arg174: !stream.binding):
        %529 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %530 = "arith.constant"() <{value = 6.000000e+00 : f32}> : () -> f32
        %531 = "arith.constant"() <{value = 0 : index}> : () -> index
        %532 = "stream.binding.subspan"(%arg173, %531) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %533 = "stream.binding.subspan"(%arg174, %531) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %534 = "iree_tensor_ext.dispatch.tensor.load"(%532) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %535 = "tensor.extract_slice"(%529) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 6>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %536 = "tensor.empty"() : () -> tensor<4096xf32>
        %537 = "linalg.generic"(%534, %535, %536) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg175: f32, %arg176: f32, %arg177: f32):
          %538 = "arith.mulf"(%arg175, %arg176) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %539 = "arith.addf"(%538, %530) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %540 = "math.sin"(%539) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%540) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%537, %533) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_7", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_7_elementwise_4096_f32, sym_name = "main_dispatch_7_elementwise_4096_f32"}> ({
      %528:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%528#0, %528#1, %528#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_7_elementwise_4096_f32"}> ({
      ^bb0(%arg168: !stream.binding, %arg169: !stream.binding):
        %516 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %517 = "arith.constant"() <{value = 7.000000e+00 : f32}> : () -> f32
        %518 = "arith.constant"() <{value = 0 : index}> : () -> index
        %519 = "stream.binding.subspan"(%arg168, %518) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %520 = "stream.binding.subspan"(%arg169, %518) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %521 = "iree_tensor_ext.dispatch.tensor.load"(%519) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %522 = "tensor.extract_slice"(%516) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 7>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %523 = "tensor.empty"() : () -> tensor<4096xf32>
        %524 = "linalg.generic"(%521, %522, %523) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg170: f32, %arg171: f32, %arg172: f32):
          %525 = "arith.mulf"(%arg170, %arg171) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %526 = "arith.addf"(%525, %517) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %527 = "math.sin"(%526) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%527) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%524, %520) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_8", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_8_elementwise_4096_f32, sym_name = "main_dispatch_8_elementwise_4096_f32"}> ({
      %515:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%515#0, %515#1, %515#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_8_elementwise_4096_f32"}> ({
      ^bb0(%arg163: !stream.binding, %arg164: !stream.binding):
        %503 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %504 = "arith.constant"() <{value = 8.000000e+00 : f32}> : () -> f32
        %505 = "arith.constant"() <{value = 0 : index}> : () -> index
        %506 = "stream.binding.subspan"(%arg163, %505) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %507 = "stream.binding.subspan"(%arg164, %505) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %508 = "iree_tensor_ext.dispatch.tensor.load"(%506) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %509 = "tensor.extract_slice"(%503) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 8>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %510 = "tensor.empty"() : () -> tensor<4096xf32>
        %511 = "linalg.generic"(%508, %509, %510) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg165: f32, %arg166: f32, %arg167: f32):
          %512 = "arith.mulf"(%arg165, %arg166) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %513 = "arith.addf"(%512, %504) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %514 = "math.sin"(%513) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%514) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%511, %507) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_9", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_9_elementwise_4096_f32, sym_name = "main_dispatch_9_elementwise_4096_f32"}> ({
      %502:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%502#0, %502#1, %502#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_9_elementwise_4096_f32"}> ({
      ^bb0(%arg158: !stream.binding, %arg159: !stream.binding):
        %490 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %491 = "arith.constant"() <{value = 9.000000e+00 : f32}> : () -> f32
        %492 = "arith.constant"() <{value = 0 : index}> : () -> index
        %493 = "stream.binding.subspan"(%arg158, %492) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %494 = "stream.binding.subspan"(%arg159, %492) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %495 = "iree_tensor_ext.dispatch.tensor.load"(%493) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %496 = "tensor.extract_slice"(%490) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 9>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %497 = "tensor.empty"() : () -> tensor<4096xf32>
        %498 = "linalg.generic"(%495, %496, %497) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg160: f32, %arg161: f32, %arg162: f32):
          %499 = "arith.mulf"(%arg160, %arg161) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %500 = "arith.addf"(%499, %491) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %501 = "math.sin"(%500) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%501) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%498, %494) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_10", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_10_elementwise_4096_f32, sym_name = "main_dispatch_10_elementwise_4096_f32"}> ({
      %489:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%489#0, %489#1, %489#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_10_elementwise_4096_f32"}> ({
      ^bb0(%arg153: !stream.binding, %arg154: !stream.binding):
        %477 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %478 = "arith.constant"() <{value = 1.000000e+01 : f32}> : () -> f32
        %479 = "arith.constant"() <{value = 0 : index}> : () -> index
        %480 = "stream.binding.subspan"(%arg153, %479) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %481 = "stream.binding.subspan"(%arg154, %479) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %482 = "iree_tensor_ext.dispatch.tensor.load"(%480) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %483 = "tensor.extract_slice"(%477) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 10>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %484 = "tensor.empty"() : () -> tensor<4096xf32>
        %485 = "linalg.generic"(%482, %483, %484) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg155: f32, %arg156: f32, %arg157: f32):
          %486 = "arith.mulf"(%arg155, %arg156) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %487 = "arith.addf"(%486, %478) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %488 = "math.sin"(%487) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%488) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%485, %481) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_11", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_11_elementwise_4096_f32, sym_name = "main_dispatch_11_elementwise_4096_f32"}> ({
      %476:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%476#0, %476#1, %476#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_11_elementwise_4096_f32"}> ({
      ^bb0(%arg148: !stream.binding, %arg149: !stream.binding):
        %464 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %465 = "arith.constant"() <{value = 1.100000e+01 : f32}> : () -> f32
        %466 = "arith.constant"() <{value = 0 : index}> : () -> index
        %467 = "stream.binding.subspan"(%arg148, %466) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %468 = "stream.binding.subspan"(%arg149, %466) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %469 = "iree_tensor_ext.dispatch.tensor.load"(%467) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %470 = "tensor.extract_slice"(%464) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 11>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %471 = "tensor.empty"() : () -> tensor<4096xf32>
        %472 = "linalg.generic"(%469, %470, %471) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg150: f32, %arg151: f32, %arg152: f32):
          %473 = "arith.mulf"(%arg150, %arg151) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %474 = "arith.addf"(%473, %465) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %475 = "math.sin"(%474) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%475) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%472, %468) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_12", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_12_elementwise_4096_f32, sym_name = "main_dispatch_12_elementwise_4096_f32"}> ({
      %463:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%463#0, %463#1, %463#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_12_elementwise_4096_f32"}> ({
      ^bb0(%arg143: !stream.binding, %arg144: !stream.binding):
        %451 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %452 = "arith.constant"() <{value = 1.200000e+01 : f32}> : () -> f32
        %453 = "arith.constant"() <{value = 0 : index}> : () -> index
        %454 = "stream.binding.subspan"(%arg143, %453) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %455 = "stream.binding.subspan"(%arg144, %453) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %456 = "iree_tensor_ext.dispatch.tensor.load"(%454) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %457 = "tensor.extract_slice"(%451) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 12>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %458 = "tensor.empty"() : () -> tensor<4096xf32>
        %459 = "linalg.generic"(%456, %457, %458) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg145: f32, %arg146: f32, %arg147: f32):
          %460 = "arith.mulf"(%arg145, %arg146) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %461 = "arith.addf"(%460, %452) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %462 = "math.sin"(%461) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%462) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%459, %455) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_13", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_13_elementwise_4096_f32, sym_name = "main_dispatch_13_elementwise_4096_f32"}> ({
      %450:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%450#0, %450#1, %450#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_13_elementwise_4096_f32"}> ({
      ^bb0(%arg138: !stream.binding, %arg139: !stream.binding):
        %438 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %439 = "arith.constant"() <{value = 1.300000e+01 : f32}> : () -> f32
        %440 = "arith.constant"() <{value = 0 : index}> : () -> index
        %441 = "stream.binding.subspan"(%arg138, %440) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %442 = "stream.binding.subspan"(%arg139, %440) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %443 = "iree_tensor_ext.dispatch.tensor.load"(%441) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %444 = "tensor.extract_slice"(%438) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 13>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %445 = "tensor.empty"() : () -> tensor<4096xf32>
        %446 = "linalg.generic"(%443, %444, %445) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg140: f32, %arg141: f32, %arg142: f32):
          %447 = "arith.mulf"(%arg140, %arg141) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %448 = "arith.addf"(%447, %439) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %449 = "math.sin"(%448) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%449) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%446, %442) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_14", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_14_elementwise_4096_f32, sym_name = "main_dispatch_14_elementwise_4096_f32"}> ({
      %437:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%437#0, %437#1, %437#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_14_elementwise_4096_f32"}> ({
      ^bb0(%arg133: !stream.binding, %arg134: !stream.binding):
        %425 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %426 = "arith.constant"() <{value = 1.400000e+01 : f32}> : () -> f32
        %427 = "arith.constant"() <{value = 0 : index}> : () -> index
        %428 = "stream.binding.subspan"(%arg133, %427) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %429 = "stream.binding.subspan"(%arg134, %427) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %430 = "iree_tensor_ext.dispatch.tensor.load"(%428) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %431 = "tensor.extract_slice"(%425) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 14>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %432 = "tensor.empty"() : () -> tensor<4096xf32>
        %433 = "linalg.generic"(%430, %431, %432) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg135: f32, %arg136: f32, %arg137: f32):
          %434 = "arith.mulf"(%arg135, %arg136) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %435 = "arith.addf"(%434, %426) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %436 = "math.sin"(%435) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%436) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%433, %429) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_15", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_15_elementwise_4096_f32, sym_name = "main_dispatch_15_elementwise_4096_f32"}> ({
      %424:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%424#0, %424#1, %424#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_15_elementwise_4096_f32"}> ({
      ^bb0(%arg128: !stream.binding, %arg129: !stream.binding):
        %412 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %413 = "arith.constant"() <{value = 1.500000e+01 : f32}> : () -> f32
        %414 = "arith.constant"() <{value = 0 : index}> : () -> index
        %415 = "stream.binding.subspan"(%arg128, %414) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %416 = "stream.binding.subspan"(%arg129, %414) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %417 = "iree_tensor_ext.dispatch.tensor.load"(%415) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %418 = "tensor.extract_slice"(%412) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 15>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %419 = "tensor.empty"() : () -> tensor<4096xf32>
        %420 = "linalg.generic"(%417, %418, %419) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg130: f32, %arg131: f32, %arg132: f32):
          %421 = "arith.mulf"(%arg130, %arg131) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %422 = "arith.addf"(%421, %413) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %423 = "math.sin"(%422) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%423) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%420, %416) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_16", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_16_elementwise_4096_f32, sym_name = "main_dispatch_16_elementwise_4096_f32"}> ({
      %411:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%411#0, %411#1, %411#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_16_elementwise_4096_f32"}> ({
      ^bb0(%arg123: !stream.binding, %arg124: !stream.binding):
        %399 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %400 = "arith.constant"() <{value = 1.600000e+01 : f32}> : () -> f32
        %401 = "arith.constant"() <{value = 0 : index}> : () -> index
        %402 = "stream.binding.subspan"(%arg123, %401) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %403 = "stream.binding.subspan"(%arg124, %401) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %404 = "iree_tensor_ext.dispatch.tensor.load"(%402) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %405 = "tensor.extract_slice"(%399) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 16>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %406 = "tensor.empty"() : () -> tensor<4096xf32>
        %407 = "linalg.generic"(%404, %405, %406) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg125: f32, %arg126: f32, %arg127: f32):
          %408 = "arith.mulf"(%arg125, %arg126) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %409 = "arith.addf"(%408, %400) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %410 = "math.sin"(%409) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%410) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%407, %403) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_17", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_17_elementwise_4096_f32, sym_name = "main_dispatch_17_elementwise_4096_f32"}> ({
      %398:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%398#0, %398#1, %398#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_17_elementwise_4096_f32"}> ({
      ^bb0(%arg118: !stream.binding, %arg119: !stream.binding):
        %386 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %387 = "arith.constant"() <{value = 1.700000e+01 : f32}> : () -> f32
        %388 = "arith.constant"() <{value = 0 : index}> : () -> index
        %389 = "stream.binding.subspan"(%arg118, %388) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %390 = "stream.binding.subspan"(%arg119, %388) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %391 = "iree_tensor_ext.dispatch.tensor.load"(%389) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %392 = "tensor.extract_slice"(%386) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 17>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %393 = "tensor.empty"() : () -> tensor<4096xf32>
        %394 = "linalg.generic"(%391, %392, %393) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg120: f32, %arg121: f32, %arg122: f32):
          %395 = "arith.mulf"(%arg120, %arg121) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %396 = "arith.addf"(%395, %387) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %397 = "math.sin"(%396) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%397) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%394, %390) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_18", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_18_elementwise_4096_f32, sym_name = "main_dispatch_18_elementwise_4096_f32"}> ({
      %385:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%385#0, %385#1, %385#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_18_elementwise_4096_f32"}> ({
      ^bb0(%arg113: !stream.binding, %arg114: !stream.binding):
        %373 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %374 = "arith.constant"() <{value = 1.800000e+01 : f32}> : () -> f32
        %375 = "arith.constant"() <{value = 0 : index}> : () -> index
        %376 = "stream.binding.subspan"(%arg113, %375) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %377 = "stream.binding.subspan"(%arg114, %375) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %378 = "iree_tensor_ext.dispatch.tensor.load"(%376) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %379 = "tensor.extract_slice"(%373) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 18>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %380 = "tensor.empty"() : () -> tensor<4096xf32>
        %381 = "linalg.generic"(%378, %379, %380) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg115: f32, %arg116: f32, %arg117: f32):
          %382 = "arith.mulf"(%arg115, %arg116) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %383 = "arith.addf"(%382, %374) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %384 = "math.sin"(%383) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%384) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%381, %377) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_19", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_19_elementwise_4096_f32, sym_name = "main_dispatch_19_elementwise_4096_f32"}> ({
      %372:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%372#0, %372#1, %372#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_19_elementwise_4096_f32"}> ({
      ^bb0(%arg108: !stream.binding, %arg109: !stream.binding):
        %360 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %361 = "arith.constant"() <{value = 1.900000e+01 : f32}> : () -> f32
        %362 = "arith.constant"() <{value = 0 : index}> : () -> index
        %363 = "stream.binding.subspan"(%arg108, %362) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %364 = "stream.binding.subspan"(%arg109, %362) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %365 = "iree_tensor_ext.dispatch.tensor.load"(%363) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %366 = "tensor.extract_slice"(%360) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 19>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %367 = "tensor.empty"() : () -> tensor<4096xf32>
        %368 = "linalg.generic"(%365, %366, %367) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg110: f32, %arg111: f32, %arg112: f32):
          %369 = "arith.mulf"(%arg110, %arg111) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %370 = "arith.addf"(%369, %361) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %371 = "math.sin"(%370) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%371) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%368, %364) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_20", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_20_elementwise_4096_f32, sym_name = "main_dispatch_20_elementwise_4096_f32"}> ({
      %359:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%359#0, %359#1, %359#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_20_elementwise_4096_f32"}> ({
      ^bb0(%arg103: !stream.binding, %arg104: !stream.binding):
        %347 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %348 = "arith.constant"() <{value = 2.000000e+01 : f32}> : () -> f32
        %349 = "arith.constant"() <{value = 0 : index}> : () -> index
        %350 = "stream.binding.subspan"(%arg103, %349) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %351 = "stream.binding.subspan"(%arg104, %349) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %352 = "iree_tensor_ext.dispatch.tensor.load"(%350) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %353 = "tensor.extract_slice"(%347) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 20>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %354 = "tensor.empty"() : () -> tensor<4096xf32>
        %355 = "linalg.generic"(%352, %353, %354) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg105: f32, %arg106: f32, %arg107: f32):
          %356 = "arith.mulf"(%arg105, %arg106) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %357 = "arith.addf"(%356, %348) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %358 = "math.sin"(%357) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%358) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%355, %351) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_21", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_21_elementwise_4096_f32, sym_name = "main_dispatch_21_elementwise_4096_f32"}> ({
      %346:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%346#0, %346#1, %346#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_21_elementwise_4096_f32"}> ({
      ^bb0(%arg98: !stream.binding, %arg99: !stream.binding):
        %334 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %335 = "arith.constant"() <{value = 2.100000e+01 : f32}> : () -> f32
        %336 = "arith.constant"() <{value = 0 : index}> : () -> index
        %337 = "stream.binding.subspan"(%arg98, %336) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %338 = "stream.binding.subspan"(%arg99, %336) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %339 = "iree_tensor_ext.dispatch.tensor.load"(%337) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %340 = "tensor.extract_slice"(%334) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 21>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %341 = "tensor.empty"() : () -> tensor<4096xf32>
        %342 = "linalg.generic"(%339, %340, %341) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg100: f32, %arg101: f32, %arg102: f32):
          %343 = "arith.mulf"(%arg100, %arg101) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %344 = "arith.addf"(%343, %335) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %345 = "math.sin"(%344) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%345) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%342, %338) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_22", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_22_elementwise_4096_f32, sym_name = "main_dispatch_22_elementwise_4096_f32"}> ({
      %333:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%333#0, %333#1, %333#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_22_elementwise_4096_f32"}> ({
      ^bb0(%arg93: !stream.binding, %arg94: !stream.binding):
        %321 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %322 = "arith.constant"() <{value = 2.200000e+01 : f32}> : () -> f32
        %323 = "arith.constant"() <{value = 0 : index}> : () -> index
        %324 = "stream.binding.subspan"(%arg93, %323) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %325 = "stream.binding.subspan"(%arg94, %323) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %326 = "iree_tensor_ext.dispatch.tensor.load"(%324) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %327 = "tensor.extract_slice"(%321) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 22>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %328 = "tensor.empty"() : () -> tensor<4096xf32>
        %329 = "linalg.generic"(%326, %327, %328) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg95: f32, %arg96: f32, %arg97: f32):
          %330 = "arith.mulf"(%arg95, %arg96) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %331 = "arith.addf"(%330, %322) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %332 = "math.sin"(%331) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%332) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%329, %325) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_23", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_23_elementwise_4096_f32, sym_name = "main_dispatch_23_elementwise_4096_f32"}> ({
      %320:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%320#0, %320#1, %320#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_23_elementwise_4096_f32"}> ({
      ^bb0(%arg88: !stream.binding, %arg89: !stream.binding):
        %308 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %309 = "arith.constant"() <{value = 2.300000e+01 : f32}> : () -> f32
        %310 = "arith.constant"() <{value = 0 : index}> : () -> index
        %311 = "stream.binding.subspan"(%arg88, %310) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %312 = "stream.binding.subspan"(%arg89, %310) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %313 = "iree_tensor_ext.dispatch.tensor.load"(%311) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %314 = "tensor.extract_slice"(%308) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 23>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %315 = "tensor.empty"() : () -> tensor<4096xf32>
        %316 = "linalg.generic"(%313, %314, %315) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg90: f32, %arg91: f32, %arg92: f32):
          %317 = "arith.mulf"(%arg90, %arg91) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %318 = "arith.addf"(%317, %309) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %319 = "math.sin"(%318) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%319) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%316, %312) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_24", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_24_elementwise_4096_f32, sym_name = "main_dispatch_24_elementwise_4096_f32"}> ({
      %307:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%307#0, %307#1, %307#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_24_elementwise_4096_f32"}> ({
      ^bb0(%arg83: !stream.binding, %arg84: !stream.binding):
        %295 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %296 = "arith.constant"() <{value = 2.400000e+01 : f32}> : () -> f32
        %297 = "arith.constant"() <{value = 0 : index}> : () -> index
        %298 = "stream.binding.subspan"(%arg83, %297) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %299 = "stream.binding.subspan"(%arg84, %297) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %300 = "iree_tensor_ext.dispatch.tensor.load"(%298) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %301 = "tensor.extract_slice"(%295) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 24>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %302 = "tensor.empty"() : () -> tensor<4096xf32>
        %303 = "linalg.generic"(%300, %301, %302) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg85: f32, %arg86: f32, %arg87: f32):
          %304 = "arith.mulf"(%arg85, %arg86) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %305 = "arith.addf"(%304, %296) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %306 = "math.sin"(%305) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%306) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%303, %299) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_25", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_25_elementwise_4096_f32, sym_name = "main_dispatch_25_elementwise_4096_f32"}> ({
      %294:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%294#0, %294#1, %294#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_25_elementwise_4096_f32"}> ({
      ^bb0(%arg78: !stream.binding, %arg79: !stream.binding):
        %282 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %283 = "arith.constant"() <{value = 2.500000e+01 : f32}> : () -> f32
        %284 = "arith.constant"() <{value = 0 : index}> : () -> index
        %285 = "stream.binding.subspan"(%arg78, %284) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %286 = "stream.binding.subspan"(%arg79, %284) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %287 = "iree_tensor_ext.dispatch.tensor.load"(%285) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %288 = "tensor.extract_slice"(%282) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 25>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %289 = "tensor.empty"() : () -> tensor<4096xf32>
        %290 = "linalg.generic"(%287, %288, %289) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg80: f32, %arg81: f32, %arg82: f32):
          %291 = "arith.mulf"(%arg80, %arg81) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %292 = "arith.addf"(%291, %283) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %293 = "math.sin"(%292) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%293) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%290, %286) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_26", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_26_elementwise_4096_f32, sym_name = "main_dispatch_26_elementwise_4096_f32"}> ({
      %281:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%281#0, %281#1, %281#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_26_elementwise_4096_f32"}> ({
      ^bb0(%arg73: !stream.binding, %arg74: !stream.binding):
        %269 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %270 = "arith.constant"() <{value = 2.600000e+01 : f32}> : () -> f32
        %271 = "arith.constant"() <{value = 0 : index}> : () -> index
        %272 = "stream.binding.subspan"(%arg73, %271) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %273 = "stream.binding.subspan"(%arg74, %271) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %274 = "iree_tensor_ext.dispatch.tensor.load"(%272) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %275 = "tensor.extract_slice"(%269) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 26>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %276 = "tensor.empty"() : () -> tensor<4096xf32>
        %277 = "linalg.generic"(%274, %275, %276) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg75: f32, %arg76: f32, %arg77: f32):
          %278 = "arith.mulf"(%arg75, %arg76) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %279 = "arith.addf"(%278, %270) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %280 = "math.sin"(%279) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%280) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%277, %273) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_27", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_27_elementwise_4096_f32, sym_name = "main_dispatch_27_elementwise_4096_f32"}> ({
      %268:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%268#0, %268#1, %268#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_27_elementwise_4096_f32"}> ({
      ^bb0(%arg68: !stream.binding, %arg69: !stream.binding):
        %256 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %257 = "arith.constant"() <{value = 2.700000e+01 : f32}> : () -> f32
        %258 = "arith.constant"() <{value = 0 : index}> : () -> index
        %259 = "stream.binding.subspan"(%arg68, %258) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %260 = "stream.binding.subspan"(%arg69, %258) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %261 = "iree_tensor_ext.dispatch.tensor.load"(%259) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %262 = "tensor.extract_slice"(%256) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 27>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %263 = "tensor.empty"() : () -> tensor<4096xf32>
        %264 = "linalg.generic"(%261, %262, %263) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg70: f32, %arg71: f32, %arg72: f32):
          %265 = "arith.mulf"(%arg70, %arg71) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %266 = "arith.addf"(%265, %257) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %267 = "math.sin"(%266) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%267) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%264, %260) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_28", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_28_elementwise_4096_f32, sym_name = "main_dispatch_28_elementwise_4096_f32"}> ({
      %255:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%255#0, %255#1, %255#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_28_elementwise_4096_f32"}> ({
      ^bb0(%arg63: !stream.binding, %arg64: !stream.binding):
        %243 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %244 = "arith.constant"() <{value = 2.800000e+01 : f32}> : () -> f32
        %245 = "arith.constant"() <{value = 0 : index}> : () -> index
        %246 = "stream.binding.subspan"(%arg63, %245) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %247 = "stream.binding.subspan"(%arg64, %245) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %248 = "iree_tensor_ext.dispatch.tensor.load"(%246) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %249 = "tensor.extract_slice"(%243) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 28>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %250 = "tensor.empty"() : () -> tensor<4096xf32>
        %251 = "linalg.generic"(%248, %249, %250) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg65: f32, %arg66: f32, %arg67: f32):
          %252 = "arith.mulf"(%arg65, %arg66) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %253 = "arith.addf"(%252, %244) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %254 = "math.sin"(%253) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%254) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%251, %247) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_29", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_29_elementwise_4096_f32, sym_name = "main_dispatch_29_elementwise_4096_f32"}> ({
      %242:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%242#0, %242#1, %242#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_29_elementwise_4096_f32"}> ({
      ^bb0(%arg58: !stream.binding, %arg59: !stream.binding):
        %230 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %231 = "arith.constant"() <{value = 2.900000e+01 : f32}> : () -> f32
        %232 = "arith.constant"() <{value = 0 : index}> : () -> index
        %233 = "stream.binding.subspan"(%arg58, %232) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %234 = "stream.binding.subspan"(%arg59, %232) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %235 = "iree_tensor_ext.dispatch.tensor.load"(%233) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %236 = "tensor.extract_slice"(%230) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 29>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %237 = "tensor.empty"() : () -> tensor<4096xf32>
        %238 = "linalg.generic"(%235, %236, %237) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg60: f32, %arg61: f32, %arg62: f32):
          %239 = "arith.mulf"(%arg60, %arg61) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %240 = "arith.addf"(%239, %231) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %241 = "math.sin"(%240) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%241) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%238, %234) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_30", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_30_elementwise_4096_f32, sym_name = "main_dispatch_30_elementwise_4096_f32"}> ({
      %229:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%229#0, %229#1, %229#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_30_elementwise_4096_f32"}> ({
      ^bb0(%arg53: !stream.binding, %arg54: !stream.binding):
        %217 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %218 = "arith.constant"() <{value = 3.000000e+01 : f32}> : () -> f32
        %219 = "arith.constant"() <{value = 0 : index}> : () -> index
        %220 = "stream.binding.subspan"(%arg53, %219) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %221 = "stream.binding.subspan"(%arg54, %219) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %222 = "iree_tensor_ext.dispatch.tensor.load"(%220) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %223 = "tensor.extract_slice"(%217) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 30>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %224 = "tensor.empty"() : () -> tensor<4096xf32>
        %225 = "linalg.generic"(%222, %223, %224) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg55: f32, %arg56: f32, %arg57: f32):
          %226 = "arith.mulf"(%arg55, %arg56) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %227 = "arith.addf"(%226, %218) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %228 = "math.sin"(%227) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%228) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%225, %221) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_31", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_31_elementwise_4096_f32, sym_name = "main_dispatch_31_elementwise_4096_f32"}> ({
      %216:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%216#0, %216#1, %216#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_31_elementwise_4096_f32"}> ({
      ^bb0(%arg48: !stream.binding, %arg49: !stream.binding):
        %204 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %205 = "arith.constant"() <{value = 3.100000e+01 : f32}> : () -> f32
        %206 = "arith.constant"() <{value = 0 : index}> : () -> index
        %207 = "stream.binding.subspan"(%arg48, %206) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %208 = "stream.binding.subspan"(%arg49, %206) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %209 = "iree_tensor_ext.dispatch.tensor.load"(%207) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %210 = "tensor.extract_slice"(%204) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 31>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %211 = "tensor.empty"() : () -> tensor<4096xf32>
        %212 = "linalg.generic"(%209, %210, %211) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg50: f32, %arg51: f32, %arg52: f32):
          %213 = "arith.mulf"(%arg50, %arg51) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %214 = "arith.addf"(%213, %205) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %215 = "math.sin"(%214) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%215) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%212, %208) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_32", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_32_elementwise_4096_f32, sym_name = "main_dispatch_32_elementwise_4096_f32"}> ({
      %203:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%203#0, %203#1, %203#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_32_elementwise_4096_f32"}> ({
      ^bb0(%arg43: !stream.binding, %arg44: !stream.binding):
        %191 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %192 = "arith.constant"() <{value = 3.200000e+01 : f32}> : () -> f32
        %193 = "arith.constant"() <{value = 0 : index}> : () -> index
        %194 = "stream.binding.subspan"(%arg43, %193) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %195 = "stream.binding.subspan"(%arg44, %193) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %196 = "iree_tensor_ext.dispatch.tensor.load"(%194) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %197 = "tensor.extract_slice"(%191) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 32>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %198 = "tensor.empty"() : () -> tensor<4096xf32>
        %199 = "linalg.generic"(%196, %197, %198) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg45: f32, %arg46: f32, %arg47: f32):
          %200 = "arith.mulf"(%arg45, %arg46) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %201 = "arith.addf"(%200, %192) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %202 = "math.sin"(%201) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%202) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%199, %195) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_33", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_33_elementwise_4096_f32, sym_name = "main_dispatch_33_elementwise_4096_f32"}> ({
      %190:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%190#0, %190#1, %190#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_33_elementwise_4096_f32"}> ({
      ^bb0(%arg38: !stream.binding, %arg39: !stream.binding):
        %178 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %179 = "arith.constant"() <{value = 3.300000e+01 : f32}> : () -> f32
        %180 = "arith.constant"() <{value = 0 : index}> : () -> index
        %181 = "stream.binding.subspan"(%arg38, %180) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %182 = "stream.binding.subspan"(%arg39, %180) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %183 = "iree_tensor_ext.dispatch.tensor.load"(%181) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %184 = "tensor.extract_slice"(%178) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 33>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %185 = "tensor.empty"() : () -> tensor<4096xf32>
        %186 = "linalg.generic"(%183, %184, %185) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg40: f32, %arg41: f32, %arg42: f32):
          %187 = "arith.mulf"(%arg40, %arg41) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %188 = "arith.addf"(%187, %179) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %189 = "math.sin"(%188) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%189) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%186, %182) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_34", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_34_elementwise_4096_f32, sym_name = "main_dispatch_34_elementwise_4096_f32"}> ({
      %177:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%177#0, %177#1, %177#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_34_elementwise_4096_f32"}> ({
      ^bb0(%arg33: !stream.binding, %arg34: !stream.binding):
        %165 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %166 = "arith.constant"() <{value = 3.400000e+01 : f32}> : () -> f32
        %167 = "arith.constant"() <{value = 0 : index}> : () -> index
        %168 = "stream.binding.subspan"(%arg33, %167) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %169 = "stream.binding.subspan"(%arg34, %167) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %170 = "iree_tensor_ext.dispatch.tensor.load"(%168) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %171 = "tensor.extract_slice"(%165) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 34>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %172 = "tensor.empty"() : () -> tensor<4096xf32>
        %173 = "linalg.generic"(%170, %171, %172) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg35: f32, %arg36: f32, %arg37: f32):
          %174 = "arith.mulf"(%arg35, %arg36) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %175 = "arith.addf"(%174, %166) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %176 = "math.sin"(%175) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%176) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%173, %169) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_35", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_35_elementwise_4096_f32, sym_name = "main_dispatch_35_elementwise_4096_f32"}> ({
      %164:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%164#0, %164#1, %164#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_35_elementwise_4096_f32"}> ({
      ^bb0(%arg28: !stream.binding, %arg29: !stream.binding):
        %152 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %153 = "arith.constant"() <{value = 3.500000e+01 : f32}> : () -> f32
        %154 = "arith.constant"() <{value = 0 : index}> : () -> index
        %155 = "stream.binding.subspan"(%arg28, %154) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %156 = "stream.binding.subspan"(%arg29, %154) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %157 = "iree_tensor_ext.dispatch.tensor.load"(%155) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %158 = "tensor.extract_slice"(%152) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 35>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %159 = "tensor.empty"() : () -> tensor<4096xf32>
        %160 = "linalg.generic"(%157, %158, %159) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg30: f32, %arg31: f32, %arg32: f32):
          %161 = "arith.mulf"(%arg30, %arg31) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %162 = "arith.addf"(%161, %153) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %163 = "math.sin"(%162) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%163) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%160, %156) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_36", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_36_elementwise_4096_f32, sym_name = "main_dispatch_36_elementwise_4096_f32"}> ({
      %151:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%151#0, %151#1, %151#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_36_elementwise_4096_f32"}> ({
      ^bb0(%arg23: !stream.binding, %arg24: !stream.binding):
        %139 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %140 = "arith.constant"() <{value = 3.600000e+01 : f32}> : () -> f32
        %141 = "arith.constant"() <{value = 0 : index}> : () -> index
        %142 = "stream.binding.subspan"(%arg23, %141) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %143 = "stream.binding.subspan"(%arg24, %141) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %144 = "iree_tensor_ext.dispatch.tensor.load"(%142) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %145 = "tensor.extract_slice"(%139) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 36>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %146 = "tensor.empty"() : () -> tensor<4096xf32>
        %147 = "linalg.generic"(%144, %145, %146) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg25: f32, %arg26: f32, %arg27: f32):
          %148 = "arith.mulf"(%arg25, %arg26) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %149 = "arith.addf"(%148, %140) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %150 = "math.sin"(%149) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%150) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%147, %143) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_37", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_37_elementwise_4096_f32, sym_name = "main_dispatch_37_elementwise_4096_f32"}> ({
      %138:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%138#0, %138#1, %138#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_37_elementwise_4096_f32"}> ({
      ^bb0(%arg18: !stream.binding, %arg19: !stream.binding):
        %126 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %127 = "arith.constant"() <{value = 3.700000e+01 : f32}> : () -> f32
        %128 = "arith.constant"() <{value = 0 : index}> : () -> index
        %129 = "stream.binding.subspan"(%arg18, %128) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %130 = "stream.binding.subspan"(%arg19, %128) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %131 = "iree_tensor_ext.dispatch.tensor.load"(%129) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %132 = "tensor.extract_slice"(%126) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 37>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %133 = "tensor.empty"() : () -> tensor<4096xf32>
        %134 = "linalg.generic"(%131, %132, %133) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg20: f32, %arg21: f32, %arg22: f32):
          %135 = "arith.mulf"(%arg20, %arg21) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %136 = "arith.addf"(%135, %127) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %137 = "math.sin"(%136) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%137) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%134, %130) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_38", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_38_elementwise_4096_f32, sym_name = "main_dispatch_38_elementwise_4096_f32"}> ({
      %125:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%125#0, %125#1, %125#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_38_elementwise_4096_f32"}> ({
      ^bb0(%arg13: !stream.binding, %arg14: !stream.binding):
        %113 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %114 = "arith.constant"() <{value = 3.800000e+01 : f32}> : () -> f32
        %115 = "arith.constant"() <{value = 0 : index}> : () -> index
        %116 = "stream.binding.subspan"(%arg13, %115) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %117 = "stream.binding.subspan"(%arg14, %115) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %118 = "iree_tensor_ext.dispatch.tensor.load"(%116) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %119 = "tensor.extract_slice"(%113) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 38>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %120 = "tensor.empty"() : () -> tensor<4096xf32>
        %121 = "linalg.generic"(%118, %119, %120) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg15: f32, %arg16: f32, %arg17: f32):
          %122 = "arith.mulf"(%arg15, %arg16) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %123 = "arith.addf"(%122, %114) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %124 = "math.sin"(%123) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%124) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%121, %117) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_39", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_39_elementwise_4096_f32, sym_name = "main_dispatch_39_elementwise_4096_f32"}> ({
      %112:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%112#0, %112#1, %112#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_39_elementwise_4096_f32"}> ({
      ^bb0(%arg8: !stream.binding, %arg9: !stream.binding):
        %100 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %101 = "arith.constant"() <{value = 3.900000e+01 : f32}> : () -> f32
        %102 = "arith.constant"() <{value = 0 : index}> : () -> index
        %103 = "stream.binding.subspan"(%arg8, %102) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %104 = "stream.binding.subspan"(%arg9, %102) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %105 = "iree_tensor_ext.dispatch.tensor.load"(%103) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %106 = "tensor.extract_slice"(%100) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 39>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %107 = "tensor.empty"() : () -> tensor<4096xf32>
        %108 = "linalg.generic"(%105, %106, %107) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg10: f32, %arg11: f32, %arg12: f32):
          %109 = "arith.mulf"(%arg10, %arg11) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %110 = "arith.addf"(%109, %101) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %111 = "math.sin"(%110) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%111) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%108, %104) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_40", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_40_reduction_4096x40_f32, sym_name = "main_dispatch_40_reduction_4096x40_f32"}> ({
      %99:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%99#0, %99#1, %99#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_40_reduction_4096x40_f32"}> ({
      ^bb0(%arg2: !stream.binding, %arg3: !stream.binding):
        %90 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %91 = "arith.constant"() <{value = 0 : index}> : () -> index
        %92 = "stream.binding.subspan"(%arg2, %91) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<40x4096xf32>>
        %93 = "stream.binding.subspan"(%arg3, %91) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %94 = "iree_tensor_ext.dispatch.tensor.load"(%92) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 40, 4096>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<40x4096xf32>>) -> tensor<40x4096xf32>
        %95 = "tensor.empty"() : () -> tensor<4096xf32>
        %96 = "linalg.fill"(%90, %95) <{operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg6: f32, %arg7: f32):
          "linalg.yield"(%arg6) : (f32) -> ()
        }) : (f32, tensor<4096xf32>) -> tensor<4096xf32>
        %97 = "linalg.generic"(%94, %96) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg4: f32, %arg5: f32):
          %98 = "arith.addf"(%arg4, %arg5) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%98) : (f32) -> ()
        }) : (tensor<40x4096xf32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%97, %93) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
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
      %49 = "stream.async.dispatch"(%arg1, %48, %40, %39, %0, %0, %40, %40, %40, %40, %39) <{entry_points = [@main_dispatch_0::@main_dispatch_0_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %50 = "stream.async.dispatch"(%arg1, %49, %40, %39, %0, %40, %40, %38, %40, %40, %39) <{entry_points = [@main_dispatch_1::@main_dispatch_1_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %51 = "stream.async.dispatch"(%arg1, %50, %40, %39, %0, %38, %40, %37, %40, %40, %39) <{entry_points = [@main_dispatch_2::@main_dispatch_2_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %52 = "stream.async.dispatch"(%arg1, %51, %40, %39, %0, %37, %40, %36, %40, %40, %39) <{entry_points = [@main_dispatch_3::@main_dispatch_3_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %53 = "stream.async.dispatch"(%arg1, %52, %40, %39, %0, %36, %40, %35, %40, %40, %39) <{entry_points = [@main_dispatch_4::@main_dispatch_4_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %54 = "stream.async.dispatch"(%arg1, %53, %40, %39, %0, %35, %40, %34, %40, %40, %39) <{entry_points = [@main_dispatch_5::@main_dispatch_5_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %55 = "stream.async.dispatch"(%arg1, %54, %40, %39, %0, %34, %40, %33, %40, %40, %39) <{entry_points = [@main_dispatch_6::@main_dispatch_6_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %56 = "stream.async.dispatch"(%arg1, %55, %40, %39, %0, %33, %40, %32, %40, %40, %39) <{entry_points = [@main_dispatch_7::@main_dispatch_7_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %57 = "stream.async.dispatch"(%arg1, %56, %40, %39, %0, %32, %40, %31, %40, %40, %39) <{entry_points = [@main_dispatch_8::@main_dispatch_8_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %58 = "stream.async.dispatch"(%arg1, %57, %40, %39, %0, %31, %40, %30, %40, %40, %39) <{entry_points = [@main_dispatch_9::@main_dispatch_9_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %59 = "stream.async.dispatch"(%arg1, %58, %40, %39, %0, %30, %40, %29, %40, %40, %39) <{entry_points = [@main_dispatch_10::@main_dispatch_10_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %60 = "stream.async.dispatch"(%arg1, %59, %40, %39, %0, %29, %40, %28, %40, %40, %39) <{entry_points = [@main_dispatch_11::@main_dispatch_11_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %61 = "stream.async.dispatch"(%arg1, %60, %40, %39, %0, %28, %40, %27, %40, %40, %39) <{entry_points = [@main_dispatch_12::@main_dispatch_12_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %62 = "stream.async.dispatch"(%arg1, %61, %40, %39, %0, %27, %40, %26, %40, %40, %39) <{entry_points = [@main_dispatch_13::@main_dispatch_13_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %63 = "stream.async.dispatch"(%arg1, %62, %40, %39, %0, %26, %40, %25, %40, %40, %39) <{entry_points = [@main_dispatch_14::@main_dispatch_14_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %64 = "stream.async.dispatch"(%arg1, %63, %40, %39, %0, %25, %40, %24, %40, %40, %39) <{entry_points = [@main_dispatch_15::@main_dispatch_15_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %65 = "stream.async.dispatch"(%arg1, %64, %40, %39, %0, %24, %40, %23, %40, %40, %39) <{entry_points = [@main_dispatch_16::@main_dispatch_16_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %66 = "stream.async.dispatch"(%arg1, %65, %40, %39, %0, %23, %40, %22, %40, %40, %39) <{entry_points = [@main_dispatch_17::@main_dispatch_17_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %67 = "stream.async.dispatch"(%arg1, %66, %40, %39, %0, %22, %40, %21, %40, %40, %39) <{entry_points = [@main_dispatch_18::@main_dispatch_18_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %68 = "stream.async.dispatch"(%arg1, %67, %40, %39, %0, %21, %40, %20, %40, %40, %39) <{entry_points = [@main_dispatch_19::@main_dispatch_19_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %69 = "stream.async.dispatch"(%arg1, %68, %40, %39, %0, %20, %40, %19, %40, %40, %39) <{entry_points = [@main_dispatch_20::@main_dispatch_20_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %70 = "stream.async.dispatch"(%arg1, %69, %40, %39, %0, %19, %40, %18, %40, %40, %39) <{entry_points = [@main_dispatch_21::@main_dispatch_21_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %71 = "stream.async.dispatch"(%arg1, %70, %40, %39, %0, %18, %40, %17, %40, %40, %39) <{entry_points = [@main_dispatch_22::@main_dispatch_22_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %72 = "stream.async.dispatch"(%arg1, %71, %40, %39, %0, %17, %40, %16, %40, %40, %39) <{entry_points = [@main_dispatch_23::@main_dispatch_23_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %73 = "stream.async.dispatch"(%arg1, %72, %40, %39, %0, %16, %40, %15, %40, %40, %39) <{entry_points = [@main_dispatch_24::@main_dispatch_24_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %74 = "stream.async.dispatch"(%arg1, %73, %40, %39, %0, %15, %40, %14, %40, %40, %39) <{entry_points = [@main_dispatch_25::@main_dispatch_25_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %75 = "stream.async.dispatch"(%arg1, %74, %40, %39, %0, %14, %40, %13, %40, %40, %39) <{entry_points = [@main_dispatch_26::@main_dispatch_26_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %76 = "stream.async.dispatch"(%arg1, %75, %40, %39, %0, %13, %40, %12, %40, %40, %39) <{entry_points = [@main_dispatch_27::@main_dispatch_27_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %77 = "stream.async.dispatch"(%arg1, %76, %40, %39, %0, %12, %40, %11, %40, %40, %39) <{entry_points = [@main_dispatch_28::@main_dispatch_28_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %78 = "stream.async.dispatch"(%arg1, %77, %40, %39, %0, %11, %40, %10, %40, %40, %39) <{entry_points = [@main_dispatch_29::@main_dispatch_29_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %79 = "stream.async.dispatch"(%arg1, %78, %40, %39, %0, %10, %40, %9, %40, %40, %39) <{entry_points = [@main_dispatch_30::@main_dispatch_30_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %80 = "stream.async.dispatch"(%arg1, %79, %40, %39, %0, %9, %40, %8, %40, %40, %39) <{entry_points = [@main_dispatch_31::@main_dispatch_31_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %81 = "stream.async.dispatch"(%arg1, %80, %40, %39, %0, %8, %40, %7, %40, %40, %39) <{entry_points = [@main_dispatch_32::@main_dispatch_32_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %82 = "stream.async.dispatch"(%arg1, %81, %40, %39, %0, %7, %40, %6, %40, %40, %39) <{entry_points = [@main_dispatch_33::@main_dispatch_33_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %83 = "stream.async.dispatch"(%arg1, %82, %40, %39, %0, %6, %40, %5, %40, %40, %39) <{entry_points = [@main_dispatch_34::@main_dispatch_34_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %84 = "stream.async.dispatch"(%arg1, %83, %40, %39, %0, %5, %40, %4, %40, %40, %39) <{entry_points = [@main_dispatch_35::@main_dispatch_35_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %85 = "stream.async.dispatch"(%arg1, %84, %40, %39, %0, %4, %40, %3, %40, %40, %39) <{entry_points = [@main_dispatch_36::@main_dispatch_36_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %86 = "stream.async.dispatch"(%arg1, %85, %40, %39, %0, %3, %40, %2, %40, %40, %39) <{entry_points = [@main_dispatch_37::@main_dispatch_37_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %87 = "stream.async.dispatch"(%arg1, %86, %40, %39, %0, %2, %40, %1, %40, %40, %39) <{entry_points = [@main_dispatch_38::@main_dispatch_38_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %88 = "stream.async.dispatch"(%arg1, %87, %40, %39, %0, %1, %40, %39, %40, %40, %39) <{entry_points = [@main_dispatch_39::@main_dispatch_39_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %89 = "stream.async.dispatch"(%88, %39, %0, %39, %39, %40) <{entry_points = [@main_dispatch_40::@main_dispatch_40_reduction_4096x40_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<external>
      "stream.yield"(%89, %40) : (!stream.resource<external>, index) -> ()
    }) : (!stream.resource<external>, index, index) -> (!stream.resource<external>, !stream.timepoint)
    %46 = "stream.timepoint.await"(%45#0, %40, %45#1) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (!stream.resource<external>, index, !stream.timepoint) -> !stream.resource<external>
    %47 = "stream.tensor.export"(%46, %40) <{affinity = #hal.device.affinity<@__device_0>, source_encoding = tensor<64x64xf32>}> : (!stream.resource<external>, index) -> !hal.buffer_view
    "util.return"(%47) : (!hal.buffer_view) -> ()
  }) {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @main(%input0: tensor<64x64xf32>) -> (%output0: tensor<64x64xf32>)"}} : () -> ()
}) {stream.affinity.default = #hal.device.affinity<@__device_0>} : () -> ()

